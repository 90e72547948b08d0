import { defineMessages } from '../i18n/define';

/** Names and one-line descriptions of every module (SPEC §1-§10), shown in navigation and on the home page. */
export const catalogMessages = defineMessages({
  'zh-CN': {
    groups: {
      home: '首页',
      work: '我的工作',
      clientsPolicies: '客户与保单',
      service: '售后服务',
      management: '质量与运营',
      admin: '系统管理',
    },
    modules: {
      home: { name: '首页', description: '我的工作概览。' },
      dueItems: {
        name: '我的待办',
        description: '我负责的时限：已逾期、今日到期和未来 5 个工作日内到期的事项，含倒计时与依据；主管可查看辖区逾期。',
      },
      queues: {
        name: '工作队列',
        description: '我的任务、团队任务池（领取）与主管的全部事项：按时效排序，逾期一目了然；主管可带原因改派、批量改派并导出。',
      },
      clients: {
        name: '客户档案',
        description: '个人与机构客户档案、家庭关联、客户时间轴与关怀提醒；个人信息加密存储、脱敏显示。',
      },
      policies: {
        name: '保单登记',
        description: '保单接收、初审、分类编号、信息核对与保障检视；支持表格批量导入与保单补发。',
      },
      imports: {
        name: '批量导入',
        description: '用 Excel / csv 批量导入客户与保单：下载模板、逐行检查、全部正确才导入，重复导入不产生重复数据。',
      },
      underwriting: {
        name: '新契约与核保',
        description: '投保单初审、核保决定、承保签发与保单送达回执，并计算犹豫期。',
      },
      premiums: {
        name: '保费与续期',
        description: '续期应缴与未缴清单、宽限期与失效提醒、复效办理，以及孤儿保单移交。',
      },
      servicing: {
        name: '保全',
        description: '地址联系方式等变更、附加险、退保与复效的受理、时效跟踪和批单管理。',
      },
      notices: {
        name: '通知书验真',
        description: '输入通知书上的验真码核对真伪；批量打印通知书并查看进度。',
      },
      claims: {
        name: '理赔',
        description: '报案、立案、调查查勘、定损理算、核赔与结案，含索赔台帐与权限升级。',
      },
      callbacks: {
        name: '回访',
        description: '新契约、宽限期、失效与理赔回访任务，话术问卷、录音留存与问题件处理。',
      },
      complaints: {
        name: '咨询预约投诉',
        description: '咨询答复、预约登记与投诉受理，落实首问负责制并跟踪办理时限。',
      },
      registers: {
        name: '电话信函登记',
        description: '来电、来访与信函登记簿：何人、何时、何事、如何答复、是否需要跟进。',
      },
      kpi: {
        name: '服务指标',
        description: '满意度、时效达成率、投诉与回访指标，按人员、机构、月份统计并可下钻到明细。',
      },
      calendar: {
        name: '工作日历',
        description: '法定节假日与调休上班日历；所有时限按工作日计算并注明依据。',
      },
      deadlineRules: {
        name: '时限规则',
        description: '各项服务时限与法定期限：期限、提醒、升级对象及其依据（规范条目、法律条文）。',
      },
      lifecycles: { name: '业务流程', description: '每类记录的状态与流转：谁可以操作、哪些自动发生、各步开启或结束哪些时限。' },
      orgUnits: { name: '机构', description: '总公司、省分、市分、营业部组成的机构树：新建下级机构、更名、启用停用。' },
      users: { name: '用户', description: '用户、所属机构与角色授权；重置密码、解锁账户、查看手机号明文（留痕）。' },
      catalogue: { name: '保险公司与产品', description: '保险公司与产品目录：险种类别、保险期间、犹豫期、宽限期与新型产品标识；总公司维护。' },
      noticeTemplates: { name: '通知书模板', description: '各类通知书模板及其版本：当前版本、出具份数、只读源码，并可用最新业务记录预览样张。' },
      audit: { name: '审计日志', description: '谁在何时查看或修改了什么；防篡改哈希链校验。' },
    },
    notBuilt: {
      title: '本模块尚未建成',
      willDo: '建成后：{{description}}',
      home: '返回首页',
    },
  },
  en: {
    groups: {
      home: 'Home',
      work: 'My work',
      clientsPolicies: 'Clients & policies',
      service: 'After-sales service',
      management: 'Quality & operations',
      admin: 'Administration',
    },
    modules: {
      home: { name: 'Home', description: 'An overview of your work.' },
      dueItems: {
        name: 'My due items',
        description: 'Deadlines you own: overdue, due today and due within 5 working days, with countdown and basis; supervisors see what is overdue in their scope.',
      },
      queues: {
        name: 'Work queues',
        description: 'My tasks, the team queues to take from, and the supervisor\'s view of everything: most urgent first with SLA state; reassign with a reason, in bulk, and export.',
      },
      clients: {
        name: 'Clients',
        description: 'Files of people and organisations, household links, a timeline per client and care reminders; personal data encrypted and masked.',
      },
      policies: {
        name: 'Policies',
        description: 'Policy intake, initial review, classification and numbering, verification and coverage review; bulk import from spreadsheets and reissue of lost policies.',
      },
      imports: {
        name: 'Bulk import',
        description: 'Import clients and policies from Excel or csv: template, a check of every row, all rows or none, no duplicates on re-import.',
      },
      underwriting: {
        name: 'New business & underwriting',
        description: 'Preliminary review of applications, underwriting decisions, issuance and delivery receipts, with the hesitation period computed.',
      },
      premiums: {
        name: 'Premiums & renewals',
        description: 'Lists of due and unpaid renewal premiums, grace-period and lapse reminders, reinstatement, and handover of orphan policies.',
      },
      servicing: {
        name: 'Servicing',
        description: 'Changes such as address or contact details, riders, surrenders and reinstatements: intake, deadline tracking and endorsements.',
      },
      notices: {
        name: 'Notices',
        description: 'Check a notice by the verification code printed on it; print notices in batches and follow their progress.',
      },
      claims: {
        name: 'Claims',
        description: 'Claim reports, registration, investigation and survey, loss assessment and adjustment, approval and closure, with claims ledgers and escalation.',
      },
      callbacks: {
        name: 'Callbacks',
        description: 'Callback tasks for new business, grace period, lapse and claims, with scripts, recordings and problem cases.',
      },
      complaints: {
        name: 'Inquiries, appointments & complaints',
        description: 'Answering inquiries, booking appointments and handling complaints under first-responder ownership, with deadlines tracked.',
      },
      registers: {
        name: 'Call & letter registers',
        description: 'Registers of calls, visits and letters: who, when, what, the answer given and any follow-up.',
      },
      kpi: {
        name: 'Service KPIs',
        description: 'Satisfaction, timeliness, complaint and callback rates per person, org unit and month, each drilling down to its records.',
      },
      calendar: {
        name: 'Working-day calendar',
        description: 'Statutory holidays and make-up working days; every deadline is counted in working days and shows its basis.',
      },
      deadlineRules: {
        name: 'Deadline rules',
        description: 'Every service standard and statutory period: its length, reminder, escalation and basis (SPEC rule, law article).',
      },
      lifecycles: { name: 'Lifecycles', description: 'The states of each kind of record and the steps between them: who may take each, which happen by themselves, which deadlines each opens or closes.' },
      orgUnits: { name: 'Org units', description: 'The tree of head office, provinces, cities and offices: add a child unit, rename, activate or deactivate.' },
      users: { name: 'Users', description: 'Users, their org unit and role grants; reset passwords, unlock accounts, reveal a mobile number (logged).' },
      catalogue: {
        name: 'Insurers & products',
        description: 'The insurer and product catalogue: line of business, term, hesitation and grace periods, new-type product flags; kept by head office.',
      },
      noticeTemplates: {
        name: 'Notice templates',
        description: 'Every notice template and its versions: the current one, how many were issued, the source (read-only), and a sample filled with a recent record.',
      },
      audit: { name: 'Audit trail', description: 'Who read or changed what, and when; check the tamper-evident hash chain.' },
    },
    notBuilt: {
      title: 'This module is not built yet',
      willDo: 'When built: {{description}}',
      home: 'Back to the home page',
    },
  },
});
