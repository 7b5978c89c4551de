import type { Resources } from './en';

/** Arabic UI strings. Same keys as `en.ts`; plurals use the six CLDR forms. */
export const ar: Resources = {
  app: {
    name: 'ريلغراف',
    tagline: 'من يدّعي ماذا، عن مَن، وأين، وبأيّ كلمات',
    loading: 'جارٍ تحميل الشبكة…',
    language: 'اللغة',
    graphLabel: 'شبكة العلاقات: {{title}}',
  },
  languages: { en: 'English', ar: 'العربية' },
  view: { label: 'طريقة العرض', graph: 'الشبكة', table: 'جدول' },
  graph: {
    claims: 'ادعاء',
    benefits: 'لمصلحة',
    concerns: 'بشأن',
    per: 'بحسب {{names}}',
    alsoPer: 'يورده المصدر، وبحسب {{names}} أيضًا',
    ready: 'الشبكة جاهزة: {{entities}} كيانًا و{{edges}} خطًا.',
  },
  toolbar: {
    label: 'أدوات الشبكة',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'ملاءمة الشاشة',
    reset: 'إعادة ضبط العرض',
    layout: 'التخطيط',
    layouts: { auto: 'الافتراضي', force: 'قوى (ثابت البذرة)', grouped: 'مجمّع حسب النوع' },
  },
  legend: {
    title: 'مفتاح الرموز',
    show: 'إظهار المفتاح',
    hide: 'إخفاء المفتاح',
    kinds: 'الكيانات',
    families: 'العلاقات',
    status: 'الأدلة',
    reported: 'يورده المصدر',
    claimed: 'ادعاء طرف ما: اختر الخط لترى صاحبه («بحسب …»)',
    disputed: 'متنازع عليه',
    unnamed: 'مصدر غير مسمّى أو مجموعة (حلقة متقطعة)',
    armed: 'جماعة مسلحة (حلقة حمراء)',
  },
  kinds: {
    country: 'دولة',
    organization: 'منظمة',
    person: 'شخص',
    interest: 'مصلحة مُدّعاة',
    place: 'مكان',
    asset: 'أصل',
    event: 'حدث',
  },
  subkinds: {
    state: 'دولة',
    'armed-group': 'جماعة مسلحة',
    company: 'شركة',
    'news-outlet': 'وسيلة إعلام',
    'research-center': 'مركز أبحاث',
    'multinational-force': 'قوة متعددة الجنسيات',
    'government-body': 'هيئة حكومية',
    'political-party': 'حزب سياسي',
    ngo: 'منظمة غير حكومية',
    expert: 'خبير',
    official: 'مسؤول',
    journalist: 'صحفي',
    'unnamed-source': 'مصدر غير مسمّى',
    group: 'مجموعة',
    security: 'أمنية',
    diplomatic: 'دبلوماسية',
    economic: 'اقتصادية',
    humanitarian: 'إنسانية',
    legitimacy: 'شرعية',
    territory: 'إقليم',
    region: 'منطقة',
    city: 'مدينة',
    border: 'حدود',
    'gas-field': 'حقل غاز',
    oil: 'نفط',
    infrastructure: 'بنية تحتية',
    'weapon-system': 'منظومة أسلحة',
    war: 'حرب',
    conflict: 'نزاع',
    initiative: 'مبادرة',
    deal: 'صفقة',
    other: 'أخرى',
  },
  families: {
    cooperation: 'تعاون',
    hostility: 'عداء / مواجهة',
    proxy: 'دعم وكيل',
    membership: 'عضوية / انتماء',
    claim: 'ادعاء',
    other: 'أخرى',
  },
  status: {
    reported: 'يورده المصدر',
    claimed: 'ادعاء',
    claimedBy: 'ادعاء بحسب',
    alsoClaimedBy: 'وادعاء أيضًا بحسب',
    disputed: 'متنازع عليه',
  },
  details: {
    bundle: 'يربط بين هذين {{count}} خطًّا، رُسمت خطًّا واحدًا. وهي:',
    bundleMore: '… و{{count}} غيرها: يعرض الجدول كل العلاقات.',
    separator: '، ',
    close: 'إغلاق التفاصيل',
    otherName: 'بال{{lang, langName}}',
    aliases: 'يُسمّى أيضًا',
    relations: 'العلاقات',
    claimsMade: 'ادعاءاته',
    claimsAbout: 'ادعاءات بشأنه',
    none: 'لا شيء في مجموعة البيانات هذه.',
    evidence: 'الدليل',
    paragraph: '¶{{n}}',
    source: 'المصدر',
    showParagraph: 'اقرأ الفقرة {{n}} كاملة',
    translation: 'الترجمة',
    translationInto: 'ترجمة عاملة إلى ال{{lang, langName}}',
    claimant: 'صاحب الادعاء',
    interest: 'الادعاء',
    beneficiaries: 'المستفيد',
    concerns: 'يخصّ',
    time: 'التاريخ',
    years: '{{from}}–{{to}}',
    relation: 'العلاقة',
    mentionedIn: 'ورد في',
    link: 'افتح المصدر',
    expand: 'اعرض المزيد من التفاصيل',
    collapse: 'اعرض قدرًا أقل من التفاصيل',
  },
  tooltip: { otherLanguage: 'بال{{lang, langName}}' },
  load: {
    title: 'لا يمكن عرض مجموعة البيانات هذه',
    intro_zero: 'لم نجد أي مشكلة في {{file}}.',
    intro_one: 'وجدنا مشكلة واحدة في {{file}}. أصلحها ثم أعد تحميل الصفحة.',
    intro_two: 'وجدنا مشكلتين في {{file}}. أصلحهما ثم أعد تحميل الصفحة.',
    intro_few: 'وجدنا {{count}} مشكلات في {{file}}. أصلحها ثم أعد تحميل الصفحة.',
    intro_many: 'وجدنا {{count}} مشكلة في {{file}}. أصلحها ثم أعد تحميل الصفحة.',
    intro_other: 'وجدنا {{count}} مشكلة في {{file}}. أصلحها ثم أعد تحميل الصفحة.',
    warnings_zero: 'لا تحذيرات',
    warnings_one: 'تحذير واحد',
    warnings_two: 'تحذيران',
    warnings_few: '{{count}} تحذيرات',
    warnings_many: '{{count}} تحذيرًا',
    warnings_other: '{{count}} تحذير',
    where: 'الموضع',
    // Each count is nested so it takes its own plural form (مصدر واحد، مصدران، 3 مصادر).
    cliOk:
      '$t(load.cliEntities, {"count": {{entities}} })، $t(load.cliRelations, {"count": {{relations}} })، $t(load.cliClaims, {"count": {{claims}} })، $t(load.cliSources, {"count": {{sources}} })، $t(load.cliStories, {"count": {{stories}} })',
    cliEntities_zero: 'لا كيانات',
    cliEntities_one: 'كيان واحد',
    cliEntities_two: 'كيانان',
    cliEntities_few: '{{count}} كيانات',
    cliEntities_many: '{{count}} كيانًا',
    cliEntities_other: '{{count}} كيان',
    cliRelations_zero: 'لا علاقات',
    cliRelations_one: 'علاقة واحدة',
    cliRelations_two: 'علاقتان',
    cliRelations_few: '{{count}} علاقات',
    cliRelations_many: '{{count}} علاقة',
    cliRelations_other: '{{count}} علاقة',
    cliClaims_zero: 'لا ادعاءات',
    cliClaims_one: 'ادعاء واحد',
    cliClaims_two: 'ادعاءان',
    cliClaims_few: '{{count}} ادعاءات',
    cliClaims_many: '{{count}} ادعاءً',
    cliClaims_other: '{{count}} ادعاء',
    cliSources_zero: 'لا مصادر',
    cliSources_one: 'مصدر واحد',
    cliSources_two: 'مصدران',
    cliSources_few: '{{count}} مصادر',
    cliSources_many: '{{count}} مصدرًا',
    cliSources_other: '{{count}} مصدر',
    cliStories_zero: 'لا قصص',
    cliStories_one: 'قصة واحدة',
    cliStories_two: 'قصتان',
    cliStories_few: '{{count}} قصص',
    cliStories_many: '{{count}} قصة',
    cliStories_other: '{{count}} قصة',
    cliPlaceholderRelations_zero: 'لا توجد علاقة تستشهد بالمصدر المؤقت {{sources}} وحده.',
    cliPlaceholderRelations_one:
      'علاقة واحدة من {{total}} لا تستشهد بمصدر حقيقي: تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصدر الحقيقي إلى "sources" واجعل دليلها يشير إليه (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderRelations_two:
      'علاقتان من {{total}} لا تستشهدان بمصدر حقيقي: تستشهدان بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل دليليهما يشيران إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعهما.',
    cliPlaceholderRelations_few:
      'عدد العلاقات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderRelations_many:
      'عدد العلاقات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderRelations_other:
      'عدد العلاقات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderClaims_zero: 'لا يوجد ادعاء يستشهد بالمصدر المؤقت {{sources}} وحده.',
    cliPlaceholderClaims_one:
      'ادعاء واحد من {{total}} لا يستشهد بمصدر حقيقي: يستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصدر الحقيقي إلى "sources" واجعل دليله يشير إليه (المصدر والفقرة والاقتباس) ليمكن تتبّعه.',
    cliPlaceholderClaims_two:
      'ادعاءان من {{total}} لا يستشهدان بمصدر حقيقي: يستشهدان بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل دليليهما يشيران إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعهما.',
    cliPlaceholderClaims_few:
      'عدد الادعاءات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderClaims_many:
      'عدد الادعاءات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliPlaceholderClaims_other:
      'عدد الادعاءات التي لا تستشهد بمصدر حقيقي: {{count}} من {{total}}. إنها تستشهد بالمصدر المؤقت {{sources}} وحده، وقد أُضيف عند الاستيراد. أضف المصادر الحقيقية إلى "sources" واجعل أدلتها تشير إليها (المصدر والفقرة والاقتباس) ليمكن تتبّعها.',
    cliNotFound: 'الملف غير موجود',
    cliUsage: 'الاستخدام: npm run validate -- <dataset.json> [more.json] [--lang ar|en]',
    cliSummary_zero: 'لا مشكلات.',
    cliSummary_one: 'مشكلة واحدة يجب إصلاحها قبل نشر مجموعة البيانات هذه.',
    cliSummary_two: 'مشكلتان يجب إصلاحهما قبل نشر مجموعة البيانات هذه.',
    cliSummary_few: '{{count}} مشكلات يجب إصلاحها قبل نشر مجموعة البيانات هذه.',
    cliSummary_many: '{{count}} مشكلة يجب إصلاحها قبل نشر مجموعة البيانات هذه.',
    cliSummary_other: '{{count}} مشكلة يجب إصلاحها قبل نشر مجموعة البيانات هذه.',
    fetchFailed:
      'تعذّر تحميل {{file}} (HTTP {{status}}). تأكّد من وجود الملف بجانب التطبيق، أو احذف المعامل "graph" لفتح مجموعة البيانات المرفقة.',
    networkFailed:
      'تعذّر الوصول إلى {{file}}: {{detail}}. تحقّق من العنوان، أو احذف المعامل "graph" لفتح مجموعة البيانات المرفقة.',
    notHttp:
      'عنوان الشبكة {{file}} ليس عنوان http(s) (يبدأ بـ "{{protocol}}"). أعطِ مسار ملف ‎.json بجانب التطبيق، مثل graph=my-graph.json، أو احذف المعامل "graph" لفتح مجموعة البيانات المرفقة.',
    crossOrigin:
      'ملف الشبكة {{file}} موجود على موقع آخر ({{origin}}). لا يمكن فتح إلا الملفات الموجودة على هذا الموقع؛ انسخ الملف بجانب التطبيق واستخدم مساره النسبي.',
    openBundled: 'افتح مجموعة البيانات المرفقة',
    crashed:
      'حدث خطأ أثناء عرض الشبكة: {{detail}}. أعد تحميل الصفحة؛ وإن تكرّر الخطأ فأبلغ عنه مع هذه الرسالة.',
  },
  problems: {
    invalidJson:
      'الملف ليس JSON صالحًا: السطر {{line}}، العمود {{column}}، قرب "{{near}}". ابحث هناك عن فاصلة أو علامة تنصيص أو قوس ناقص أو زائد.',
    tooLarge:
      'حجم الملف {{size}} ميغابايت، وهو أكبر من الحد المسموح ({{max}} ميغابايت). قسّم مجموعة البيانات أو احذف الحقول غير المستخدمة.',
    tooLargeStreamed:
      'الملف أكبر من الحد المسموح ({{max}} ميغابايت)، فتوقّفت قراءته عنده. قسّم مجموعة البيانات أو احذف الحقول غير المستخدمة.',
    tooDeep:
      'البيانات متداخلة هنا لأكثر من {{max}} مستوى، ولا تحتاج أي مجموعة بيانات إلى ذلك. ابحث عن أقواس لم تُغلق أو بيانات لُصقت داخل نفسها.',
    tooManyElements:
      'تحتوي مجموعة البيانات هذه على {{entities}} كيانًا و{{relations}} علاقة وادعاءً؛ ويفتح المستكشف {{maxEntities}} كيان و{{maxRelations}} علاقة وادعاء على الأكثر، وبعد ذلك تتجمّد الصفحة. قسّمها إلى مجموعات أصغر (مثلًا واحدة لكل موضوع أو فترة)، أو افتحها في برنامج مكتبي مصمَّم للشبكات الكبيرة جدًا مثل Gephi.',
    moreProblems:
      'لم يُعرض هنا: {{count}} غيرها (تُعرض أول {{max}} فقط). أصلح ما سبق ثم أعد الفحص لرؤية الباقي.',
    problemsStopped:
      'توقّف الفحص بعد {{count}} مشكلة أخرى، فلم تُعرض كلها: هذا الملف بعيد جدًا عن الصيغة المتوقعة. أصلح أول {{max}} مشكلة أعلاه (وكثيرًا ما يكون لها سبب واحد) ثم أعد الفحص.',
    duplicateKey:
      'يتكرّر المفتاح "{{key}}" مرتين في الكائن نفسه (السطر {{line}})؛ ولا يُقرأ إلا الأخير، فيُهمَل "{{key}}" الأول. ادمجهما أو احذف أحدهما.',
    numberTooLarge:
      'هذا العدد أكبر من أن يُخزَّن: قيمة مثل 1e999 تُقرأ على أنها ما لا نهاية. اكتب عددًا منتهيًا.',
    bidiControls:
      'يحتوي اسم "{{id}}" على محارف اتجاه خفية ({{codes}}) تجعله يُقرأ على غير ما كُتب (مثلًا "learsI" يظهر "Israel"). تُحذف عند العرض والبحث؛ احذفها من الملف.',
    invalidUtf8:
      'الملف ليس بترميز UTF-8 صالح (أول بايت خاطئ عند الموضع {{offset}})؛ وتظهر البايتات الخاطئة بالشكل �. احفظ الملف مجددًا بترميز UTF-8.',
    notAnObject:
      'يجب أن يحتوي الملف على كائن JSON واحد فيه "version" و"entities" و"relations" وبقية الأقسام.',
    forbiddenKey: 'المفتاح "{{key}}" غير مسموح به (يمكن استخدامه لمهاجمة الصفحة). غيّر اسمه.',
    unsupportedVersion:
      'يستخدم هذا الملف الإصدار {{value}} من الصيغة، وهو أحدث مما يقرؤه هذا التطبيق (حتى الإصدار {{supported}}). استخدم إصدارًا أحدث من التطبيق أو حوّل الملف إلى الإصدار {{supported}}.',
    required: 'الحقل "{{field}}" مفقود. أضفه.',
    missingLanguage:
      'النص بال{{lang, langName}} مفقود. تحتاج كل تسمية إلى العربية (ar) والإنجليزية (en) معًا؛ أضف الناقص.',
    wrongType: 'المتوقع هنا {{expected}}، لكن القيمة {{value}}. غيّر القيمة إلى {{expected}}.',
    unknownField: 'حقل غير معروف "{{field}}". احذفه أو تحقّق من كتابته وفق وصف الصيغة.',
    unknownValue: 'القيمة {{value}} غير مسموح بها هنا. استخدم إحدى القيم: {{allowed}}.',
    badId:
      'المعرّف {{value}} غير صالح. تتكوّن المعرّفات من حروف لاتينية وأرقام و"_" و"." و":" و"-" وتبدأ بحرف أو رقم.',
    notHttpUrl: 'الرابط {{value}} ليس عنوان http:// أو https://. صحّحه أو احذفه.',
    badDate: 'التاريخ {{value}} ليس بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.',
    badLanguage: 'اللغة {{value}} ليست رمز لغة مثل "ar" أو "en".',
    tooFew: 'تحتاج هذه القائمة إلى {{min}} عنصر على الأقل. أضف عنصرًا.',
    outOfRange: 'القيمة {{value}} خارج النطاق المسموح (أرقام الفقرات والأعداد تبدأ من 1).',
    invalid: 'القيمة {{value}} غير صالحة هنا ({{detail}}).',
    duplicateId: 'المعرّف "{{id}}" مستخدم مرتين (أول مرة في {{first}}). أعطِ كل عنصر معرّفًا خاصًا به.',
    unknownEntity: 'لا يوجد كيان بالمعرّف "{{id}}". أضف هذا الكيان أو صحّح المعرّف.',
    unknownRelationType:
      'لا يوجد نوع علاقة بالمعرّف "{{id}}". أضفه إلى "relationTypes" أو صحّح المعرّف.',
    unknownSource: 'لا يوجد مصدر بالمعرّف "{{id}}". أضفه إلى "sources" أو صحّح المعرّف.',
    unknownFocus:
      'تشير القصة إلى "{{id}}"، وهو ليس كيانًا ولا علاقة ولا ادعاءً في مجموعة البيانات هذه. صحّح المعرّف أو احذفه.',
    paragraphOutOfRange:
      'الفقرة {{paragraph}} غير موجودة: في المصدر "{{source}}" {{count}} فقرة. صحّح رقم الفقرة.',
    claimantRequired:
      'حالة هذا الدليل "ادعاء" لكن بلا صاحب ادعاء. أضف "claimant" بمعرّف من يدّعي ذلك.',
    badSubkind:
      '"{{subkind}}" ليس نوعًا فرعيًا من {{kind, kindName}}. استخدم أحد الأنواع: {{allowed}}.',
    inverseLabelRequired:
      'نوع العلاقة "{{id}}" موجَّه، لذا يحتاج إلى "inverseLabel" (كيف تُقرأ من جهة الهدف) بالعربية والإنجليزية.',
    claimantKind:
      '"{{id}}" من نوع {{kind, kindName}}؛ وحدهم الأشخاص والمنظمات والدول يمكنهم تقديم ادعاء.',
    interestKind:
      '"{{id}}" من نوع {{kind}}؛ يجب أن يشير الادعاء إلى كيان من نوع "interest" (مصلحة).',
    selfRelation: 'تربط هذه العلاقة "{{id}}" بنفسه. تحقّق من المصدر والهدف.',
    badTimeRange: 'تبدأ الفترة في {{from}} وتنتهي قبل ذلك في {{to}}. بدّل السنتين أو صحّحهما.',
    quoteNotFound:
      'لم يُعثر على هذا الاقتباس حرفيًا في الفقرة {{paragraph}} من "{{source}}". تحقّق من رقم الفقرة وانسخ الكلمات كما هي.',
    badRevisionDate:
      'التاريخ {{value}} ليس يومًا صحيحًا من التقويم بالصيغة YYYY-MM-DD (مثل 2026-12-02). اكتب اليوم الذي نُشرت فيه البيانات بعد التعديل.',
    revisionNoteEmpty:
      'لا تحمل هذه المراجعة ملاحظة. اكتب ما الذي تغيّر ولماذا، بالعربية (ar) أو الإنجليزية (en) أو بكلتيهما.',
    revisionsOrder:
      'جاءت هذه المراجعة ({{date}}) بعد مراجعة مؤرّخة في {{previous}}. رتّب المراجعات من الأقدم إلى الأحدث، وأضف كل مراجعة جديدة في آخر القائمة.',
    unknownFormat:
      'الملف "{{file}}" ليس بصيغة يمكن استيرادها. استخدم ملف JSON الخاص بنا، أو GEXF ‏(.gexf)، أو GraphML ‏(.graphml)، أو JSON الخاص بـ Cytoscape.js ‏(.cyjs أو .json)، أو مخطط Kumu ‏(.json)، أو قوالب CSV.',
    xmlInvalid:
      'بنية ملف XML غير سليمة ({{detail}}). افتح الملف في محرّر نصوص عند ذلك السطر وأصلح الوسم أو علامة التنصيص هناك؛ واكتب "&amp;" مكان الرمز "&" المنفرد.',
    graphInvalid:
      'تعذّرت قراءة الشبكة: {{detail}}. تحقّق من أن الملف كامل، ثم صدّره من جديد من الأداة التي أنشأته.',
    encodingGuessed:
      'ترميز الملف ليس UTF-8، لذا قُرئ بترميز {{encoding}}. تحقّق من أن النص العربي يظهر سليمًا، واحفظ الملف في المرة القادمة بصيغة "CSV UTF-8".',
    embeddedDataIgnored:
      'تعذّرت قراءة بيانات relgraph المحفوظة في هذا الملف ({{detail}})، فلم تُستورد مصادره وادعاءاته وقصصه، واستُوردت الشبكة نفسها. صدّر الملف من relgraph من جديد.',
    labelFallback:
      'التسمية بال{{lang, langName}} مفقودة، لذا استُخدمت التسمية بال{{from, langName}} ("{{value}}") في اللغتين. أضف التسمية بال{{lang, langName}}.',
    labelMissing:
      'لا تسمية لهذا العنصر، لذا استُخدم معرّفه "{{id}}" تسميةً في اللغتين. أضف تسمية بالعربية وأخرى بالإنجليزية.',
    kindDefaulted:
      'عدد الكيانات التي ليس لها نوع معروف: {{count}} (القيم الموجودة: {{values}}). استُوردت بالنوع "{{kind}}"، وحُفظت قيمتها الأصلية إن وُجدت ضمن سماتها. اجعل "kind" إحدى القيم: {{allowed}}.',
    kindMissing:
      'عدد الكيانات التي ليس لها نوع: {{count}}. استُوردت بالنوع "{{kind}}". أعطها "kind" (عمودًا، أو سمة في الملف) بإحدى القيم: {{allowed}}.',
    evidenceImported:
      'عدد العلاقات والادعاءات التي بلا دليل: {{count}}. صار كلٌّ منها يستشهد بالمصدر "{{source}}" (بالحالة "reported"، واقتباسه هو تسمية الرابط الأصلية). ضع مكانه المصدر الحقيقي ورقم الفقرة والاقتباس قبل النشر.',
    idChanged:
      'عدد المعرّفات التي غُيّرت لتصبح صالحة وغير مكرّرة: {{count}}، ومنها {{examples}}. وحُدّثت الإشارات إليها تبعًا لذلك.',
    xmlReplaced:
      'عدد المحارف هنا التي لا يمكن كتابتها في {{format}}: {{count}} (محارف تحكّم أو أزواج بديلة مكسورة)، فيظهر مكانها �. إذا فتحت الملف مجددًا في هذا التطبيق استُعيدت من النسخة التي يحملها؛ أما البرامج الأخرى فتُظهر �. احذفها من النص لتتأكّد.',
    relationTypeCreated:
      'أُنشئ نوع العلاقة "{{id}}" ("{{label}}") من الملف ضمن العائلة "other" (أخرى). راجع عائلته واتجاهه وتسميتيه باللغتين.',
    csvNoFiles:
      'لا ينتمي أيٌّ من هذه الملفات إلى مجموعة CSV ‏({{files}}). سمِّها كما في القوالب: entities.csv وrelations.csv وrelation-types.csv وclaims.csv وevidence.csv وsources.csv وparagraphs.csv وdataset.csv وstories.csv وrevisions.csv.',
    csvMissingFile:
      'لا يوجد في مجموعة CSV الملف {{file}}، ولا يمكن استيرادها من دونه. أضفه انطلاقًا من القالب.',
    csvUnknownFile:
      'هذا الملف ليس جزءًا من مجموعة CSV، لذا لم يُقرأ. غيّر اسمه إلى أحد الأسماء {{known}}، أو استبعده.',
    csvEmpty: 'الملف فارغ. يجب أن يحمل صفّه الأول أسماء الأعمدة، مثل: {{columns}}.',
    csvMissingColumn: 'العمود "{{column}}" مفقود. أضفه إلى الصف الأول (صف العناوين) كما في القالب.',
    csvUnknownColumn:
      'عمود غير معروف "{{column}}". غيّر اسمه إلى أحد الأسماء: {{allowed}}؛ أو احذف العمود.',
    csvDuplicateColumn: 'العمود "{{column}}" مذكور مرتين في صف العناوين. احذف أحدهما أو غيّر اسمه.',
    csvUnclosedQuote:
      'تبدأ خلية بعلامة تنصيص مزدوجة (") لا تُغلق أبدًا، فيُقرأ كل ما بعدها داخل تلك الخلية. أضف علامة الإغلاق، واكتب "" مكان علامة التنصيص داخل الخلية.',
    csvStrayQuote:
      'يوجد نص بعد علامة التنصيص التي تُغلق هذه الخلية. ضع الخلية كلها بين علامتي تنصيص مزدوجتين، واكتب "" مكان كل علامة تنصيص داخلها.',
    csvExtraCells:
      'عدد الخلايا في هذا الصف {{count}}، وعدد الأعمدة في صف العناوين {{expected}}. ابحث عن فاصلة أو فاصلة منقوطة داخل خلية، وضع تلك الخلية بين علامتي تنصيص مزدوجتين.',
    csvMixedDelimiters:
      'يفصل بين خلايا هذا الصف "{{found}}"، بينما يفصل بين خلايا صف العناوين "{{expected}}". استخدم فاصلًا واحدًا في الملف كله: احفظه من جديد من برنامج الجداول.',
    csvBadNumber:
      '{{value}} ليس رقمًا. اكتب رقمًا مثل 12 أو ‎-3.5، أو اترك الخلية فارغة إن كانت اختيارية.',
    csvBadBoolean: '{{value}} ليست true ولا false. اكتب true أو false (وتُقبل yes وno أيضًا).',
    csvBadJson: 'يجب أن تحتوي هذه الخلية على JSON ‏({{detail}}). صحّحها أو أفرغ الخلية: {{value}}',
    csvAmbiguousLabel: '"{{value}}" تسمية لأكثر من كيان ({{ids}}). اكتب المعرّف بدل التسمية.',
    csvIdRequired:
      'المعرّف المشتق من هذه التسمية، "{{id}}"، مستخدم في الصف {{other}}. أعطِ أحد الصفّين معرّفًا خاصًا به في العمود "id".',
    csvNoEvidence:
      'لا يوجد في evidence.csv ما يدعم "{{id}}". تحتاج كل علاقة وكل ادعاء إلى صف واحد على الأقل هناك، فيه "for" = {{id}} والمصدر ورقم الفقرة والاقتباس.',
    csvUnknownElement:
      'لا يوجد كيان ولا علاقة ولا ادعاء بالمعرّف "{{id}}". صحّح المعرّف في هذا العمود؛ ولكي تستشهد لعلاقة أعطها معرّفًا في relations.csv.',
    csvDuplicateRow:
      'الفقرة {{paragraph}} من المصدر "{{source}}" مذكورة مرتين (أول مرة في الصف {{first}}). أبقِ صفًا واحدًا لكل فقرة.',
    csvFormula:
      'تبدأ هذه الخلية بالرمز "{{char}}"، فسيعاملها برنامج الجداول معادلةً وينفّذها: {{value}}. استُوردت نصًّا عاديًا. أبقِها إن كانت نصًّا، وإن كانت ناتجة عن معادلة فالصق قيمتها مكانها.',
    where: {
      separator: '، ',
      row: 'الصف {{row}}',
      line: 'السطر {{line}}',
      column: 'العمود "{{column}}"',
      node: 'العقدة "{{id}}"',
      edge: 'الرابط "{{id}}"',
      field: 'الحقل "{{name}}"',
      // Isolates (FSI … PDI) keep the Latin id and path whole inside the Arabic sentence.
      elementIdLine: '{{section}} "\u2068{{id}}\u2069"، السطر {{line}} (\u2068{{path}}\u2069)',
      elementId: '{{section}} "\u2068{{id}}\u2069" (\u2068{{path}}\u2069)',
      elementLine: 'السطر {{line}} (\u2068{{path}}\u2069)',
    },
    sections: {
      entities: 'الكيان',
      relations: 'العلاقة',
      claims: 'الادعاء',
      sources: 'المصدر',
      stories: 'القصة',
      relationTypes: 'نوع العلاقة',
    },
  },
};
