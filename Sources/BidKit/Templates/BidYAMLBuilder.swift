/// Writes a new project's bid.yaml: the template's `bid:` values, what the user gave on the command
/// line, the computed dates, and the task breakdown with owners by role and due days counted back
/// from the deadline. A required value nobody supplied gets a fill-in marker, so the file loads at
/// once and `bidkit check` points at the line to fill in.
struct BidYAMLBuilder {
    /// What the user said on the command line; nil = not given.
    struct Values: Sendable {
        var projectID: String
        var projectName: String?
        var tenderNumber: String?
        var buyer: String?
        var bidder: String?
        /// Role id → owner name, overriding the template's.
        var owners: [String: String] = [:]
    }

    let template: BidTemplate
    let schedule: InitSchedule
    let values: Values

    private var zh: Bool { template.language == .zh }

    /// Fill-in markers for the required values a template may leave out.
    private func marker(_ key: String) -> String {
        let markers: [String: (String, String)] = [
            "project.name": ("TODO：填写项目名称（与招标文件一致）", "TODO: project name as the tender documents give it"),
            "tender.number": ("TODO：填写招标编号", "TODO: tender or RFP number"),
            "tender.buyer": ("TODO：填写招标人名称", "TODO: the buyer's name"),
            "bidder.name": ("TODO：填写投标人全称（与营业执照一致）", "TODO: the bidder's full legal name"),
            "bidder.legal_representative": ("TODO：填写法定代表人姓名", "TODO: name of the bidder's legal representative"),
            "bidder.address": ("TODO：填写投标人注册地址", "TODO: the bidder's registered address"),
        ]
        let pair = markers[key] ?? ("TODO：填写 \(key)", "TODO: \(key)")
        return zh ? pair.0 : pair.1
    }

    /// bid.yaml as text: a short header comment, then the document.
    func text() -> String {
        let header = zh
            ? """
              # 投标项目：由 bidkit init 按模板 \(template.name) 生成。投标截止时间 \(schedule.deadline.iso)，
              # 各章节截止日期（due）按模板自截止日倒排。凡 TODO 标记处均须按招标文件和本公司资料填写，
              # bidkit check 会逐条列出尚未填写之处（文件:行:列）。负责人（owner）可改为实际人员姓名。
              # 格式说明：docs/bid-project.md。

              """
            : """
              # Bid project created by bidkit init from the template \(template.name). Submission deadline
              # \(schedule.deadline.iso); each section's due day counts back from it. Every TODO marks
              # something to fill in from the tender documents or company records; bidkit check lists
              # each one still open (file:line:col). Replace the owners with the people doing the work.
              # Format: docs/bid-project.md.

              """
        return header + "\n" + YAMLEmitter.emit(tree())
    }

    func tree() -> YAMLTree {
        let bid = template.bid
        func given(_ section: String, _ key: String, _ override: String? = nil) -> YAMLTree {
            override.map(YAMLTree.scalar) ?? bid[section]?[key] ?? .scalar(marker("\(section).\(key)"))
        }
        let project = (bid["project"] ?? .mapping([]))
            .setting("id", .scalar(values.projectID))
            .setting("name", given("project", "name", values.projectName))
            .setting("language", .scalar(template.language.rawValue))
            .setting("template", .scalar(template.name))
            .setting("date", .scalar(schedule.projectDate.description))
            .ordered(ProjectLoader.projectKeys)
        let tender = (bid["tender"] ?? .mapping([]))
            .setting("number", given("tender", "number", values.tenderNumber))
            .setting("buyer", given("tender", "buyer", values.buyer))
            .setting("deadline", .scalar(schedule.deadline.iso))
            .setting("validity_days", bid["tender"]?["validity_days"] ?? .scalar("90"))
            .setting("requirements", .scalar(TemplateSkeleton.requirementsFile))
            .ordered(ProjectLoader.tenderKeys)
        let bidder = (bid["bidder"] ?? .mapping([]))
            .setting("name", given("bidder", "name", values.bidder))
            .setting("legal_representative", given("bidder", "legal_representative"))
            .setting("address", given("bidder", "address"))
            .setting("validity_days", bid["bidder"]?["validity_days"] ?? bid["tender"]?["validity_days"] ?? .scalar("90"))
            .ordered(ProjectLoader.bidderKeys)
        var top = bid.setting("project", project).setting("tender", tender).setting("bidder", bidder)
        if let pricing = bid["pricing"] { top = top.setting("pricing", pricing.ordered(PricingLoader.keys)) }
        top = top.setting("parts", .list(template.parts.map(part)))
        if !template.tasks.isEmpty { top = top.setting("tasks", .list(template.tasks.map(task))) }
        return top.ordered(ProjectLoader.topKeys)
    }

    private func part(_ p: TemplatePart) -> YAMLTree {
        .mapping([.init(key: "id", value: .scalar(p.id)), .init(key: "title", value: .scalar(p.title)),
                  .init(key: "sections", value: .list(p.sections.map(section)))])
    }

    private func section(_ s: TemplateSection) -> YAMLTree {
        var entries: [YAMLTree.Entry] = [.init(key: "id", value: .scalar(s.id)), .init(key: "title", value: .scalar(s.title))]
        if let path = s.source { entries.append(.init(key: "source", value: .scalar(path))) }
        if let kind = s.generate { entries.append(.init(key: "generate", value: .scalar(kind.rawValue))) }
        entries.append(.init(key: "owner", value: .scalar(owner(role: s.role, named: s.owner))))
        if let role = s.role { entries.append(.init(key: "role", value: .scalar(role))) }
        entries.append(.init(key: "due", value: .scalar(schedule.due(daysBefore: s.dueDaysBefore).description)))
        entries.append(.init(key: "status", value: .scalar(SectionStatus.todo.rawValue)))
        if !s.covers.isEmpty { entries.append(.init(key: "covers", value: .list(s.covers.map(YAMLTree.scalar)))) }
        if s.sealed { entries.append(.init(key: "sealed", value: .plain("true"))) }
        return .mapping(entries)
    }

    private func task(_ t: TemplateTask) -> YAMLTree {
        var entries: [YAMLTree.Entry] = [.init(key: "id", value: .scalar(t.id)), .init(key: "title", value: .scalar(t.title)),
                                         .init(key: "kind", value: .scalar(t.kind.rawValue)),
                                         .init(key: "owner", value: .scalar(owner(role: t.role, named: t.owner)))]
        if let role = t.role { entries.append(.init(key: "role", value: .scalar(role))) }
        entries.append(.init(key: "due", value: .scalar(schedule.due(daysBefore: t.dueDaysBefore).description)))
        entries.append(.init(key: "status", value: .scalar(SectionStatus.todo.rawValue)))
        return .mapping(entries)
    }

    /// The command line's owner for the role, else the template's named owner, else the role's owner.
    func owner(role: String?, named: String?) -> String {
        if let role, let name = values.owners[role] { return name }
        if let named { return named }
        return role.flatMap(template.owner(ofRole:)) ?? role ?? ""
    }
}
