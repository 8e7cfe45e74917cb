/// The sentences, terms and table rows the generator draws from: Chinese and English tender prose of the
/// kind a technical proposal holds (video surveillance and networks for substations), so that text
/// width, CJK wrapping and UTF-8 sizes are those of a real bid. Nothing here is a placeholder the
/// checker would flag (no TODO, TBD, XXX or blanks to fill in).
enum ProseCorpus {
    static let chinese = [
        "本系统采用分层分布式架构，前端摄像机通过工业以太网交换机接入变电站本地存储，并经电力数据网上传至地市统一视频平台",
        "各站汇聚交换机以万兆光口上联至电力专网，环网协议收敛时间不大于 50 毫秒，任一光缆中断时视频业务不中断",
        "网络视频录像机配置监控级硬盘并组建 RAID5 阵列，单盘故障时数据不丢失，支持热插拔在线重建",
        "视频流和信令均采用国密算法加密传输，前端设备与平台之间基于数字证书进行双向身份认证",
        "我方将在合同签订后十个工作日内完成现场勘察，并提交深化设计方案供采购人审查确认",
        "施工期间严格执行电力安全工作规程，进入运行区域前办理工作票并设置安全围栏和警示标志",
        "项目经理具有十年以上电力行业信息化项目管理经验，全程驻场负责进度、质量与安全管理",
        "所有设备到货后由采购人、监理和我方共同开箱验收，核对型号、数量、合格证及随机资料",
        "智能分析服务器支持人员闯入、未戴安全帽、烟火识别等算法，告警信息实时推送至运维终端",
        "系统具备完善的日志审计功能，所有登录、配置变更和视频调阅操作均可追溯，日志保存不少于六个月",
        "培训分为现场操作培训和集中理论培训两部分，培训结束后进行考核并颁发合格证书",
        "质保期内我方提供七乘二十四小时技术支持，接到故障报修后两小时内响应、二十四小时内到场",
        "热成像摄像机对主变压器及出线接头进行温度监测，超过设定阈值时自动联动预置位并录像",
        "机房内设备按照统一规划的机柜布局安装，线缆标识清晰，强弱电分槽敷设，满足防火要求",
        "接地系统与变电站主接地网可靠连接，接地电阻不大于四欧姆，室外设备均加装防雷保护器",
        "平台软件采用微服务架构部署，支持横向扩展，单台服务器故障时业务自动迁移至备用节点",
        "我方承诺所投设备均为原厂全新正品，提供制造商授权书及三年原厂质保服务承诺函",
        "系统割接安排在负荷低谷时段进行，并提前制定回退方案，确保原有视频业务不受影响",
    ]

    static let english = [
        "The surveillance platform is deployed as a set of independent services, each of which can be scaled out without interrupting the others",
        "All cameras register with the substation video gateway through the GB/T 28181 protocol and are authenticated with device certificates",
        "Recorded video is kept for at least ninety days on each site and can be retrieved from the central platform within seconds",
        "Our project manager holds a PMP certificate and has delivered more than twenty projects of similar scale for grid companies",
        "Every device delivered is new, original and covered by the manufacturer's warranty for thirty-six months from final acceptance",
        "Training is given on site to operators and maintenance staff, with a written assessment and a certificate for each participant",
        "The network design keeps video, management and security traffic in separate VLANs, each with its own access control list",
        "Acceptance testing follows a written test plan agreed with the purchaser, and every result is recorded and signed by both parties",
        "Spare parts for critical components are stocked locally so that a faulty unit can be replaced within one working day",
        "The system keeps an audit trail of every login, configuration change and video playback, stored for no less than six months",
        "Thermal cameras watch transformer bushings and cable joints and raise an alarm as soon as a temperature threshold is exceeded",
        "Cut-over work is scheduled for low-load hours, and a fallback plan is prepared so that existing video services keep running",
    ]

    static let chineseTerms = ["重点说明", "技术要求", "实施要点", "安全措施", "质量控制", "验收标准", "运维保障"]
    static let englishTerms = ["key point", "acceptance", "redundancy", "warranty", "scope"]
    static let codeTerms = ["GB/T 28181-2022", "RAID5", "SM4", "H.265", "IEEE 802.3bt", "VLAN 101"]

    static let chineseHeadings = ["总体设计", "网络方案", "存储方案", "安全防护", "施工组织", "进度计划", "质量保证",
                                  "培训方案", "售后服务", "设备选型", "系统集成", "验收方案", "风险控制", "应急预案"]
    static let englishHeadings = ["Design overview", "Network design", "Storage", "Security", "Delivery plan",
                                  "Quality assurance", "Training", "After-sales service"]

    /// Rows of the equipment tables inside sections: name, model, key parameter, quantity unit.
    static let equipment: [(String, String, String, String)] = [
        ("400万像素星光级红外枪型网络摄像机", "KJ-IPC-B4T40-IZ", "1/1.8\" CMOS，红外 80 m，IP67", "台"),
        ("400万像素红外球型网络摄像机", "KJ-SD4A425-IR", "25 倍光学变焦，红外 150 m", "台"),
        ("800万像素全景拼接摄像机", "KJ-PAN8-4S", "4×200 万像素拼接，180° 全景", "台"),
        ("双光谱热成像摄像机", "KJ-TB4-3T", "384×288 热成像，测温 ±2 ℃", "台"),
        ("64路网络视频录像机", "KJ-NVR-9664", "16 盘位，RAID5，H.265", "台"),
        ("工业级 PoE 交换机", "NX-IS3110-8P", "8 电口 + 2 光口，-40～75 ℃", "台"),
        ("汇聚交换机", "NX-S5735-24X", "24 万兆光口，双电源", "台"),
        ("视频安全接入网关", "SG-VAG-3000", "国密 SM2/SM3/SM4，吞吐 2 Gbps", "台"),
        ("Video management server", "VMS-R740", "2 × 16 cores, 256 GB RAM", "set"),
        ("Single-mode fibre cable", "GYTA-12B1", "12 cores, armoured", "m"),
    ]
}
