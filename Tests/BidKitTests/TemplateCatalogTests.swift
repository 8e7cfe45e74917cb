import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// `bidkit templates` and the search path: a company's own template folder is found first.
@Suite("Template catalog")
struct TemplateCatalogTests {
    @Test func listsTheShippedTemplatesWithDescriptionsAndFolders() throws {
        let r = try CLI.run(["templates"], environment: ["BIDKIT_TEMPLATE_PATH": ""])
        #expect(r.status == 0, "\(r.output)")
        for name in TemplateFixture.shipped {
            let t = try TemplateFixture.catalog().template(named: name)
            #expect(r.stdout.contains("  \(name) [\(t.language.rawValue)]  \(t.description)"))
            #expect(r.stdout.contains(TemplateFixture.root + "/" + name))
        }
        let json = try CLI.run(["templates", "--format", "json"], environment: ["BIDKIT_TEMPLATE_PATH": ""])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let names = (object["templates"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names == TemplateFixture.shipped)
        // The same folder on the path twice is searched once, not shadowing itself.
        #expect(TemplateFixture.catalog([TemplateFixture.root]).entries.map(\.name) == TemplateFixture.shipped)
    }

    /// Acceptance 3: a template in a temporary folder named by BIDKIT_TEMPLATE_PATH is listed and used.
    @Test func aCompanyTemplateIsFoundThroughTheEnvironment() throws {
        let tmp = try TemporaryDirectory()
        let templates = try tmp.subdirectory("company-templates")
        let acme = try TemplateFixture.copy("cn-goods", into: templates, as: "acme-goods")
        let file = acme + "/template.yaml"
        var text = try TemplateFixture.read(file)
        text = text.replacingOccurrences(of: "description: 中文货物类采购投标文件：", with: "description: 某某科技公司货物类投标模板：")
            .replacingOccurrences(of: "name: TODO：填写投标人全称（与营业执照一致）", with: "name: 某某智能科技有限公司")
            .replacingOccurrences(of: "sales-assistant: 商务助理", with: "sales-assistant: 李娜")
        try TemplateFixture.write(file, text)
        let env = ["BIDKIT_TEMPLATE_PATH": templates]

        let list = try CLI.run(["templates"], environment: env)
        #expect(list.status == 0, "\(list.output)")
        #expect(list.stdout.contains("acme-goods [zh]  某某科技公司货物类投标模板："))
        #expect(list.stdout.contains(acme))

        let dir = tmp.path + "/bid"
        let made = try CLI.run(["init", dir, "--template", "acme-goods", "--as-of", TemplateFixture.startDay], environment: env)
        #expect(made.status == 0, "\(made.output)")
        let project = try ProjectLoader.load(folder: dir)
        #expect(project.info.template == "acme-goods")
        #expect(project.bidder.name == "某某智能科技有限公司")
        #expect(project.sections.first { $0.id == "bid-letter" }?.owner == "李娜")
        #expect(try CLI.run(["build", dir, "--format", "txt", "--out", tmp.path + "/dist"], environment: env).status == 0)
    }

    @Test func anEarlierFolderShadowsALaterTemplateOfTheSameName() throws {
        let tmp = try TemporaryDirectory()
        let first = try tmp.subdirectory("first")
        let ours = try TemplateFixture.copy("en-proposal", into: first, as: "cn-goods")
        let catalog = TemplateFixture.catalog([first])
        let entries = catalog.entries.filter { $0.name == "cn-goods" }
        #expect(entries.count == 2)
        #expect(entries.first?.folder == ours && entries.first?.shadowedBy == nil)
        #expect(entries.last?.shadowedBy == ours)
        #expect(try catalog.template(named: "cn-goods").language == .en)
        let r = try CLI.run(["templates", "--template-path", first], environment: ["BIDKIT_TEMPLATE_PATH": ""])
        #expect(r.stdout.contains("shadowed by \(ours)"))
    }

    @Test func aBrokenTemplateIsListedWithItsErrorAndExitsOne() throws {
        let tmp = try TemporaryDirectory()
        let templates = try tmp.subdirectory("t")
        let broken = try TemplateFixture.copy("cn-works", into: templates, as: "broken")
        try TemplateFixture.write(broken + "/template.yaml", try TemplateFixture.read(broken + "/template.yaml") + "colour: blue\n")
        try FileManager.default.createDirectory(atPath: templates + "/styles-only/docx", withIntermediateDirectories: true)
        let r = try CLI.run(["templates", "--template-path", templates], environment: ["BIDKIT_TEMPLATE_PATH": ""])
        #expect(r.status == 1)
        #expect(r.stdout.contains("Failed to load (1):"))
        #expect(r.stdout.contains("\(broken)/template.yaml:") && r.stdout.contains("unknown key 'colour'"))
        #expect(!r.stdout.contains("styles-only"))
        let made = try CLI.run(["init", tmp.path + "/p", "--template", "broken", "--template-path", templates])
        #expect(made.status == 2)
        #expect(made.stderr.contains("\(broken)/template.yaml:"))
    }
}
