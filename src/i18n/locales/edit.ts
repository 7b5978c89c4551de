import type { FeatureLocale } from './feature';

/**
 * UI strings of the editor's forms, under the "edit." key prefix. Same keys in both languages.
 * `refusals` holds the words for every refusal code of src/model/edit/refusal.ts, with the
 * params the model passes (see refusalMessage in src/features/editor/forms/refusal.ts, which
 * turns ids into names first).
 */
export const edit = {
  en: {
    actions: { save: 'Save', cancel: 'Cancel' },
    field: {
      inLang: '{{label}} ({{lang, langName}})',
      toTranslate: 'To translate',
      sameWords:
        'The same words as in {{lang, langName}}: translate them, or keep them if that is how the name is written.',
      choose: 'Choose…',
      remove: 'Remove “{{name}}”',
      addTo: 'Add to “{{label}}”',
      add: 'Add…',
    },
    id: {
      label: 'Id',
      hint: 'Made from the English name (else the Arabic one); you can change it. Latin letters, digits, "_", ".", ":" or "-".',
    },
    dataset: {
      newTitle: 'New dataset',
      editTitle: 'Dataset details',
      create: 'Create the dataset',
      title: 'Title',
      description: 'Description',
    },
    source: {
      newTitle: 'New source',
      editTitle: 'Edit the source',
      add: 'Add the source',
      language: 'Language of the text',
      languages: { ar: 'Arabic', en: 'English', other: 'Another language…' },
      code: 'Language code',
      codeHint: 'A code such as "he" (Hebrew), "fa" (Persian) or "tr" (Turkish).',
      text: 'Text',
      textHint:
        'Paste the text, or drop a .txt, .md or .html file here. Each line is one paragraph.',
      chooseFile: 'Or choose a file (.txt, .md, .html)',
      fileRead: 'Read “{{name}}”: check its paragraphs below.',
      fileFailed: 'Could not read “{{name}}” as text.',
      translation: 'Working translation into {{lang, langName}}',
      translationHint: 'Optional. One line per paragraph, in the same order as the text.',
      countMismatch:
        'Paragraphs in the text: {{total}}; in the translation: {{translated}}. Give each paragraph its translation on a line of its own.',
      paragraphs: 'Paragraphs as they will be saved',
      paragraphsCount: 'Paragraphs as they will be saved ({{count}})',
      title: 'Title',
      titleHint: 'In Arabic, English or both.',
      outlet: 'Outlet',
      date: 'Date',
      dateHint: 'Only when known: YYYY, YYYY-MM or YYYY-MM-DD.',
      url: 'Web address',
    },
    entity: {
      newTitle: 'New entity',
      editTitle: 'Edit “{{name}}”',
      add: 'Add the entity',
      label: 'Name',
      aliases: 'Other names',
      aliasesHint: 'Separated by commas, or one per line.',
      description: 'Description',
      kind: 'Kind',
      subkind: 'Subkind',
      noSubkind: 'None',
    },
    relationType: {
      newTitle: 'New relation type',
      editTitle: 'Change this type',
      add: 'Add the type',
      change: 'Keep these changes',
      usedBy_zero: 'No relation has this type yet.',
      usedBy_one: 'One relation has this type: it reads the new way once you save.',
      usedBy_other: '{{count}} relations have this type: they all read the new way once you save.',
      label: 'Label',
      labelHint: 'Read from the first entity to the second, e.g. “supplies arms to”.',
      directed: 'Directed: it reads differently from the other end',
      inverseLabel: 'Inverse label',
      inverseHint: 'Read from the second entity back to the first, e.g. “receives arms from”.',
      family: 'Family',
    },
    relation: {
      newTitle: 'New relation',
      editTitle: 'Edit the relation',
      add: 'Add the relation',
      source: 'From',
      target: 'To',
      type: 'Type of relation',
      newType: 'New type…',
      changeType: 'Change this type…',
      time: 'When (optional)',
      from: 'Since (year)',
      to: 'Until (year)',
      badYear: 'Write a whole year, such as 2020 (or -500 for 500 BC).',
      description: 'Description',
    },
    evidence: {
      section: 'Evidence',
      none: 'No quote yet: select the words in a source that say it, then come back here.',
      kept: 'Evidence it already has: {{count}}',
      where: '¶{{n}} of',
      title: 'Evidence from the source',
      continue: 'Continue',
      attach: 'Attach the evidence',
      claimant: 'Claimant',
      claimantHint: 'Who says it. Required when the status is “claimed”.',
      unnamed: 'An unnamed source (new)',
      unnamedLabel: 'Name of the unnamed source',
      unnamedHint: 'Describe it as the text does, e.g. “Unnamed political source”.',
      translation: 'Translation into {{lang, langName}} (optional)',
      status: 'Status',
      statuses: {
        reported: 'Reported: the source itself states it',
        claimed: 'Claimed: someone asserts it',
        disputed: 'Disputed: it is contested',
      },
      target: 'What it supports',
      targets: {
        newRelation: 'A new relation',
        newClaim: 'A new claim',
        relations: 'An existing relation',
        claims: 'An existing claim',
        entities: 'An entity',
      },
      pick: { relations: 'Relation', claims: 'Claim', entities: 'Entity' },
    },
    claim: {
      newTitle: 'New claim',
      editTitle: 'Edit the claim',
      add: 'Add the claim',
      claimant: 'Claimant',
      interest: 'The interest claimed',
      interestMode: { existing: 'An existing interest', new: 'A new interest' },
      existingInterest: 'Interest',
      newInterest: 'The new interest',
      beneficiaries: 'Who it would benefit',
      concerns: 'Whom or what it concerns',
      statement: 'The claim in one sentence',
      statementHint: 'Optional; in Arabic, English or both.',
    },
    delete: {
      title: 'Delete “{{name}}”?',
      confirm: 'Delete',
      nothing: 'Nothing else depends on it: only the entity goes.',
      lineAlone: 'It has no quotes and no story step shows it: only the line goes.',
      quotes: 'Its quotes, deleted with it',
      relations: 'Relations deleted with it',
      claims: 'Claims deleted with it',
      evidence: 'Quotes it is the claimant of, deleted with it',
      on: 'on',
      storySteps: 'Story steps',
      stepRemoved: '“{{story}}”, step {{n}}: removed (it showed only what goes)',
      stepChanged: '“{{story}}”, step {{n}}: kept, without it',
      mentions: 'Claims kept, without it among those they benefit or concern',
      children: 'Entities grouped in it: they stay, outside any group',
    },
    merge: {
      title: 'Merge “{{name}}” with a duplicate',
      confirm: 'Merge',
      duplicate: 'The duplicate',
      keep: 'Which one stays?',
      summary:
        '“{{kept}}” stays and “{{dropped}}” goes: its names become other names of “{{kept}}”, and its relations, claims and quotes move to it.',
    },
    /** A refusal about how something is written, quoting it. */
    quotedRefusal: '“{{value}}”: {{message}}',
    refusals: {
      badId:
        'This id is not valid. Use Latin letters, digits, "_", ".", ":" or "-", starting with a letter or a digit.',
      duplicateId: 'The id “{{id}}” is already taken. Choose another one.',
      labelMissing:
        'Write the label in {{lang, langName}} as well: labels are needed in both Arabic and English.',
      textMissing:
        'Write this text in {{lang, langName}} as well: it is needed in both Arabic and English.',
      titleMissing: 'Give the source a title, in Arabic, English or both.',
      required: 'This is required.',
      unknownKind: '“{{kind}}” is not one of this dataset’s kinds. Choose a kind from the list.',
      badSubkind: '“{{subkind}}” is not a subkind of {{kind}}. Choose one from the list, or none.',
      unknownEntity: 'No entity has the id “{{id}}”. Choose one from the list.',
      unknownElement: 'No relation or claim has the id “{{id}}”; it may have been deleted.',
      unknownSource: 'No source has the id “{{id}}”; it may have been deleted.',
      unknownRelationType:
        'No relation type has the id “{{id}}”. Choose a type from the list, or make a new one.',
      unknownStory: 'No story has the id “{{id}}”; it may have been deleted.',
      unknownFocus: '“{{id}}” is not an entity, relation or claim of this dataset.',
      unknownEvidence: 'This evidence is no longer on “{{id}}”; it may have been removed already.',
      sameEntity: 'Both are “{{id}}”. Choose two different entities.',
      notAnInterest:
        '“{{id}}” is of the kind {{kind}}: what a claim claims must be a claimed interest.',
      claimantKind:
        '“{{id}}” is of the kind {{kind}}, which cannot make claims. Choose someone who can.',
      kindInUse:
        '“{{id}}” is in use with its present kind (uses: {{count}}), so it cannot become {{kind}}.',
      kindInUse_interest:
        'Claims name “{{id}}” as the interest they claim ({{count}} in all), so it cannot become {{kind}}: it must stay a claimed interest.',
      kindInUse_claimant:
        '“{{id}}” makes claims or is quoted as a claimant ({{count}} in all), and {{kind}} cannot make claims. Keep a kind that can.',
      groupCycle: '“{{parent}}” is inside “{{id}}”, so “{{id}}” cannot be inside it.',
      inverseLabelRequired:
        'A directed relation type also needs its inverse label (how it reads from the other end), in Arabic and English.',
      badTimeRange:
        'The span starts in {{from}} but ends earlier, in {{to}}. Swap or correct the years.',
      badPosition: 'The position on the canvas is not a pair of numbers.',
      evidenceRequired: 'Add evidence: select the words in a source that say it.',
      lastEvidence:
        'This is the only evidence for “{{id}}”, and a relation or claim keeps at least one. Add another first, or delete it.',
      duplicateEvidence: '“{{id}}” already has exactly this evidence.',
      claimantRequired:
        'Evidence marked “claimed” needs a claimant: choose who claims it, or “an unnamed source”.',
      paragraphOutOfRange_one:
        'There is no paragraph {{paragraph}}: the source has {{count}} paragraph.',
      paragraphOutOfRange_other:
        'There is no paragraph {{paragraph}}: the source has {{count}} paragraphs.',
      quoteNotInParagraph:
        'These words are not in paragraph {{paragraph}} of “{{source}}” as written. Select them in the paragraph itself.',
      emptyQuote: 'The quote is empty: select the words to quote.',
      emptySelection: 'Only spaces are selected: select the words to quote.',
      badSelection:
        'This selection cannot be quoted (it cuts a character in two, or ends before it starts). Select the words again.',
      selectionSpansParagraphs:
        'The selection runs from paragraph {{from}} into paragraph {{to}}. A quote comes from one paragraph: select within one.',
      notHttpUrl:
        'This is not a web address: write one that starts with http:// or https://, or leave it empty.',
      badDate:
        'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a day that exists), or leave it empty.',
      badLanguage: 'Write a language code such as "ar", "en" or "he".',
      paragraphInUse_one:
        'Evidence quotes paragraph {{paragraph}}, but the new text has only {{count}} paragraph. Keep the paragraphs that evidence quotes.',
      paragraphInUse_other:
        'Evidence quotes paragraph {{paragraph}}, but the new text has only {{count}} paragraphs. Keep the paragraphs that evidence quotes.',
      sourceInUse_one:
        'The source “{{id}}” is still in use once (as evidence or by a story): remove that use first.',
      sourceInUse_other:
        'The source “{{id}}” is still in use {{count}} times (as evidence or by stories): remove those uses first.',
      typeInUse_one: 'One relation has the type “{{id}}”: change its type or delete it first.',
      typeInUse_other:
        '{{count}} relations have the type “{{id}}”: change their type or delete them first.',
      focusEmpty: 'A step shows at least one entity, relation or claim: choose what it focuses on.',
      badIndex: 'This position does not exist in the story.',
      badColor: 'Write the colour as #RRGGBB, for example #0072B2.',
      invalid: 'This value is not valid here.',
    },
  },
  ar: {
    actions: { save: 'حفظ', cancel: 'إلغاء' },
    field: {
      inLang: '{{label}} (بال{{lang, langName}})',
      toTranslate: 'بانتظار الترجمة',
      sameWords:
        'الكلمات نفسها كما بال{{lang, langName}}: ترجمها، أو أبقها إن كان الاسم يُكتب هكذا.',
      choose: 'اختر…',
      remove: 'إزالة «{{name}}»',
      addTo: 'أضف إلى «{{label}}»',
      add: 'أضف…',
    },
    id: {
      label: 'المعرّف',
      hint: 'يُشتق من الاسم الإنجليزي (أو من العربي إن لم يوجد)، ويمكنك تغييره. حروف لاتينية وأرقام و"_" و"." و":" و"-".',
    },
    dataset: {
      newTitle: 'مجموعة بيانات جديدة',
      editTitle: 'تفاصيل مجموعة البيانات',
      create: 'إنشاء مجموعة البيانات',
      title: 'العنوان',
      description: 'الوصف',
    },
    source: {
      newTitle: 'مصدر جديد',
      editTitle: 'تعديل المصدر',
      add: 'إضافة المصدر',
      language: 'لغة النص',
      languages: { ar: 'العربية', en: 'الإنجليزية', other: 'لغة أخرى…' },
      code: 'رمز اللغة',
      codeHint: 'رمز مثل "he" (العبرية) أو "fa" (الفارسية) أو "tr" (التركية).',
      text: 'النص',
      textHint: 'الصق النص، أو أفلِت هنا ملفًا بصيغة ‎.txt أو ‎.md أو ‎.html. كل سطر فقرة مستقلة.',
      chooseFile: 'أو اختر ملفًا (‎.txt أو ‎.md أو ‎.html)',
      fileRead: 'قُرئ الملف «{{name}}»: راجع فقراته أدناه.',
      fileFailed: 'تعذّرت قراءة الملف «{{name}}» نصًّا.',
      translation: 'ترجمة عاملة إلى ال{{lang, langName}}',
      translationHint: 'اختيارية. سطر لكل فقرة، بترتيب فقرات النص نفسه.',
      countMismatch:
        'فقرات النص: {{total}}، وفقرات الترجمة: {{translated}}. اكتب ترجمة كل فقرة في سطر مستقل.',
      paragraphs: 'الفقرات كما ستُحفظ',
      paragraphsCount: 'الفقرات كما ستُحفظ ({{count}})',
      title: 'العنوان',
      titleHint: 'بالعربية أو الإنجليزية أو بكلتيهما.',
      outlet: 'جهة النشر',
      date: 'التاريخ',
      dateHint: 'عند معرفته فقط: YYYY أو YYYY-MM أو YYYY-MM-DD.',
      url: 'عنوان الويب',
    },
    entity: {
      newTitle: 'كيان جديد',
      editTitle: 'تعديل «{{name}}»',
      add: 'إضافة الكيان',
      label: 'الاسم',
      aliases: 'أسماء أخرى',
      aliasesHint: 'افصل بينها بفواصل، أو اكتب كل اسم في سطر.',
      description: 'الوصف',
      kind: 'النوع',
      subkind: 'النوع الفرعي',
      noSubkind: 'بلا نوع فرعي',
    },
    relationType: {
      newTitle: 'نوع علاقة جديد',
      editTitle: 'تعديل هذا النوع',
      add: 'إضافة النوع',
      change: 'اعتماد هذه التعديلات',
      usedBy_zero: 'لا توجد علاقة من هذا النوع بعد.',
      usedBy_one: 'علاقة واحدة من هذا النوع: ستُقرأ بالصيغة الجديدة عند الحفظ.',
      usedBy_two: 'علاقتان من هذا النوع: ستُقرآن بالصيغة الجديدة عند الحفظ.',
      usedBy_few: '{{count}} علاقات من هذا النوع: ستُقرأ كلها بالصيغة الجديدة عند الحفظ.',
      usedBy_many: '{{count}} علاقة من هذا النوع: ستُقرأ كلها بالصيغة الجديدة عند الحفظ.',
      usedBy_other: '{{count}} علاقة من هذا النوع: ستُقرأ كلها بالصيغة الجديدة عند الحفظ.',
      label: 'التسمية',
      labelHint: 'تُقرأ من الكيان الأول إلى الثاني، مثل «يزوّد بالسلاح».',
      directed: 'ذات اتجاه: تُقرأ من الطرف الآخر على نحو مختلف',
      inverseLabel: 'التسمية العكسية',
      inverseHint: 'تُقرأ من الكيان الثاني عودةً إلى الأول، مثل «يتلقى السلاح من».',
      family: 'الفئة',
    },
    relation: {
      newTitle: 'علاقة جديدة',
      editTitle: 'تعديل العلاقة',
      add: 'إضافة العلاقة',
      source: 'من',
      target: 'إلى',
      type: 'نوع العلاقة',
      newType: 'نوع جديد…',
      changeType: 'تعديل هذا النوع…',
      time: 'متى (اختياري)',
      from: 'منذ سنة',
      to: 'حتى سنة',
      badYear: 'اكتب السنة عددًا صحيحًا، مثل 2020 (أو ‎-500 لسنة 500 قبل الميلاد).',
      description: 'الوصف',
    },
    evidence: {
      section: 'الدليل',
      none: 'لا اقتباس بعد: حدّد في المصدر الكلمات التي تقول ذلك، ثم عُد إلى هنا.',
      kept: 'الأدلة الموجودة: {{count}}',
      where: '¶{{n}} من',
      title: 'دليل من المصدر',
      continue: 'متابعة',
      attach: 'إرفاق الدليل',
      claimant: 'صاحب الادعاء',
      claimantHint: 'من يقول ذلك. مطلوب إذا كانت الحالة «ادعاء».',
      unnamed: 'مصدر غير مسمّى (جديد)',
      unnamedLabel: 'اسم المصدر غير المسمّى',
      unnamedHint: 'صِفه كما يصفه النص، مثل «مصدر سياسي غير مسمّى».',
      translation: 'الترجمة إلى ال{{lang, langName}} (اختيارية)',
      status: 'الحالة',
      statuses: {
        reported: 'يورده المصدر: المصدر نفسه يقرّره',
        claimed: 'ادعاء: جهة ما تزعمه',
        disputed: 'متنازع عليه: ثمة من يطعن فيه',
      },
      target: 'ما يستند إلى هذا الدليل',
      targets: {
        newRelation: 'علاقة جديدة',
        newClaim: 'ادعاء جديد',
        relations: 'علاقة موجودة',
        claims: 'ادعاء موجود',
        entities: 'كيان',
      },
      pick: { relations: 'العلاقة', claims: 'الادعاء', entities: 'الكيان' },
    },
    claim: {
      newTitle: 'ادعاء جديد',
      editTitle: 'تعديل الادعاء',
      add: 'إضافة الادعاء',
      claimant: 'صاحب الادعاء',
      interest: 'المصلحة المُدّعاة',
      interestMode: { existing: 'مصلحة موجودة', new: 'مصلحة جديدة' },
      existingInterest: 'المصلحة',
      newInterest: 'المصلحة الجديدة',
      beneficiaries: 'المستفيدون منه',
      concerns: 'الأطراف المعنية به',
      statement: 'الادعاء في جملة واحدة',
      statementHint: 'اختياري؛ بالعربية أو الإنجليزية أو بكلتيهما.',
    },
    delete: {
      title: 'حذف «{{name}}»؟',
      confirm: 'حذف',
      nothing: 'لا يعتمد عليه شيء آخر: سيُحذف الكيان وحده.',
      lineAlone: 'لا اقتباسات له ولا تعرضه أي خطوة من القصص: سيُحذف الخط وحده.',
      quotes: 'اقتباساته، تُحذف معه',
      relations: 'علاقات تُحذف معه',
      claims: 'ادعاءات تُحذف معه',
      evidence: 'اقتباسات هو صاحب ادعائها، تُحذف معه',
      on: 'ضمن',
      storySteps: 'خطوات القصص',
      stepRemoved: '«{{story}}»، الخطوة {{n}}: تُحذف، إذ لم تكن تعرض سوى ما سيُحذف',
      stepChanged: '«{{story}}»، الخطوة {{n}}: تبقى، من دونه',
      mentions: 'ادعاءات تبقى، بعد إخراجه من المستفيدين منها أو المعنيين بها',
      children: 'كيانات داخل مجموعته: تبقى، خارج أي مجموعة',
    },
    merge: {
      title: 'دمج «{{name}}» مع نسخة مكرّرة منه',
      confirm: 'دمج',
      duplicate: 'النسخة المكرّرة',
      keep: 'أيّهما يبقى؟',
      summary:
        'يبقى «{{kept}}» ويُحذف «{{dropped}}»: تصير أسماؤه أسماءً أخرى لـ«{{kept}}»، وتنتقل إليه علاقاته وادعاءاته واقتباساته.',
    },
    quotedRefusal: '«{{value}}»: {{message}}',
    refusals: {
      badId:
        'هذا المعرّف غير صالح. استخدم حروفًا لاتينية وأرقامًا و"_" و"." و":" و"-"، على أن يبدأ بحرف أو رقم.',
      duplicateId: 'المعرّف «{{id}}» مستخدم من قبل. اختر معرّفًا آخر.',
      labelMissing:
        'اكتب التسمية بال{{lang, langName}} أيضًا؛ فالتسميات تلزم بالعربية والإنجليزية معًا.',
      textMissing: 'اكتب هذا النص بال{{lang, langName}} أيضًا؛ فهو يلزم بالعربية والإنجليزية معًا.',
      titleMissing: 'اكتب عنوانًا للمصدر، بالعربية أو الإنجليزية أو بكلتيهما.',
      required: 'هذا الحقل مطلوب.',
      unknownKind: '«{{kind}}» ليس من أنواع الكيانات في مجموعة البيانات هذه. اختر نوعًا من القائمة.',
      badSubkind:
        '«{{subkind}}» ليس نوعًا فرعيًا من «{{kind}}». اختر واحدًا من القائمة أو اتركه فارغًا.',
      unknownEntity: 'لا يوجد كيان بالمعرّف «{{id}}». اختر كيانًا من القائمة.',
      unknownElement: 'لا توجد علاقة ولا ادعاء بالمعرّف «{{id}}»؛ ربما حُذف.',
      unknownSource: 'لا يوجد مصدر بالمعرّف «{{id}}»؛ ربما حُذف.',
      unknownRelationType:
        'لا يوجد نوع علاقة بالمعرّف «{{id}}». اختر نوعًا من القائمة أو أنشئ نوعًا جديدًا.',
      unknownStory: 'لا توجد قصة بالمعرّف «{{id}}»؛ ربما حُذفت.',
      unknownFocus: '«{{id}}» ليس كيانًا ولا علاقة ولا ادعاءً في مجموعة البيانات هذه.',
      unknownEvidence: 'لم يعد هذا الدليل مرتبطًا بـ«{{id}}»؛ ربما أُزيل من قبل.',
      sameEntity: 'الطرفان كلاهما «{{id}}». اختر كيانين مختلفين.',
      notAnInterest:
        '«{{id}}» من نوع «{{kind}}»، والمصلحة في الادعاء يجب أن تكون كيانًا من نوع «مصلحة مُدّعاة».',
      claimantKind:
        '«{{id}}» من نوع «{{kind}}»، ولا يصدر عن هذا النوع ادعاء. اختر جهة يمكن أن يصدر عنها.',
      kindInUse:
        '«{{id}}» مستخدم بنوعه الحالي (المواضع: {{count}})، فلا يمكن أن يصير من نوع «{{kind}}».',
      kindInUse_interest:
        'تذكر ادعاءات «{{id}}» بوصفه المصلحة المُدّعاة (عددها {{count}})، فلا يمكن أن يصير من نوع «{{kind}}»: يجب أن يبقى مصلحة مُدّعاة.',
      kindInUse_claimant:
        '«{{id}}» صاحب ادعاءات أو يُقتبس بوصفه صاحب ادعاء (عددها {{count}})، ولا يصدر ادعاء عن نوع «{{kind}}». أبقِ له نوعًا يصدر عنه ادعاء.',
      groupCycle: '«{{parent}}» داخل «{{id}}»، فلا يمكن أن يكون «{{id}}» داخله.',
      inverseLabelRequired:
        'يحتاج نوع العلاقة ذو الاتجاه إلى تسمية عكسية أيضًا (كيف تُقرأ من الطرف الآخر)، بالعربية والإنجليزية.',
      badTimeRange: 'تبدأ الفترة في {{from}} وتنتهي قبل ذلك في {{to}}. بدّل السنتين أو صحّحهما.',
      badPosition: 'الموضع على اللوحة ليس زوجًا من الأعداد.',
      evidenceRequired: 'أضف دليلًا: حدّد في المصدر الكلمات التي تقول ذلك.',
      lastEvidence:
        'هذا هو الدليل الوحيد على «{{id}}»، ولا بد أن يبقى للعلاقة أو الادعاء دليل واحد على الأقل. أضف دليلًا آخر أولًا، أو احذفه كله.',
      duplicateEvidence: 'لدى «{{id}}» هذا الدليل نفسه من قبل.',
      claimantRequired:
        'الدليل الموسوم «ادعاء» يحتاج إلى صاحب الادعاء: اختر من يدّعي ذلك، أو «مصدر غير مسمّى».',
      paragraphOutOfRange_zero: 'لا توجد فقرة رقم {{paragraph}}: المصدر بلا فقرات.',
      paragraphOutOfRange_one: 'لا توجد فقرة رقم {{paragraph}}: في المصدر فقرة واحدة.',
      paragraphOutOfRange_two: 'لا توجد فقرة رقم {{paragraph}}: في المصدر فقرتان.',
      paragraphOutOfRange_few: 'لا توجد فقرة رقم {{paragraph}}: في المصدر {{count}} فقرات.',
      paragraphOutOfRange_many: 'لا توجد فقرة رقم {{paragraph}}: في المصدر {{count}} فقرة.',
      paragraphOutOfRange_other: 'لا توجد فقرة رقم {{paragraph}}: في المصدر {{count}} فقرة.',
      quoteNotInParagraph:
        'هذه الكلمات ليست في الفقرة {{paragraph}} من «{{source}}» كما كُتبت. حدّدها في الفقرة نفسها.',
      emptyQuote: 'الاقتباس فارغ: حدّد الكلمات المراد اقتباسها.',
      emptySelection: 'لم يُحدَّد سوى مسافات: حدّد الكلمات المراد اقتباسها.',
      badSelection:
        'لا يمكن اقتباس هذا التحديد (فهو يشطر حرفًا أو ينتهي قبل أن يبدأ). حدّد الكلمات من جديد.',
      selectionSpansParagraphs:
        'يمتد التحديد من الفقرة {{from}} إلى الفقرة {{to}}، والاقتباس يكون من فقرة واحدة: حدّد الكلمات داخل فقرة واحدة.',
      notHttpUrl:
        'هذا ليس عنوان ويب: اكتب عنوانًا يبدأ بـ https://\u200E أو http://\u200E، أو اترك الحقل فارغًا.',
      badDate:
        'اكتب التاريخ بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD (بيوم موجود فعلًا)، أو اترك الحقل فارغًا.',
      badLanguage: 'اكتب رمز لغة مثل "ar" أو "en" أو "he".',
      paragraphInUse_zero:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد بلا فقرات. أبقِ الفقرات التي تقتبس منها الأدلة.',
      paragraphInUse_one:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد لا يضم إلا فقرة واحدة. أبقِ الفقرات التي تقتبس منها الأدلة.',
      paragraphInUse_two:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد لا يضم إلا فقرتين. أبقِ الفقرات التي تقتبس منها الأدلة.',
      paragraphInUse_few:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد لا يضم إلا {{count}} فقرات. أبقِ الفقرات التي تقتبس منها الأدلة.',
      paragraphInUse_many:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد لا يضم إلا {{count}} فقرة. أبقِ الفقرات التي تقتبس منها الأدلة.',
      paragraphInUse_other:
        'تقتبس أدلة من الفقرة {{paragraph}}، لكن النص الجديد لا يضم إلا {{count}} فقرة. أبقِ الفقرات التي تقتبس منها الأدلة.',
      sourceInUse_zero: 'المصدر «{{id}}» غير مستخدم.',
      sourceInUse_one:
        'لا يزال المصدر «{{id}}» مستخدمًا مرة واحدة (دليلًا أو في قصة): أزل هذا الاستخدام أولًا.',
      sourceInUse_two:
        'لا يزال المصدر «{{id}}» مستخدمًا مرتين (دليلًا أو في قصة): أزل هذين الاستخدامين أولًا.',
      sourceInUse_few:
        'لا يزال المصدر «{{id}}» مستخدمًا {{count}} مرات (دليلًا أو في قصص): أزل هذه الاستخدامات أولًا.',
      sourceInUse_many:
        'لا يزال المصدر «{{id}}» مستخدمًا {{count}} مرة (دليلًا أو في قصص): أزل هذه الاستخدامات أولًا.',
      sourceInUse_other:
        'لا يزال المصدر «{{id}}» مستخدمًا {{count}} مرة (دليلًا أو في قصص): أزل هذه الاستخدامات أولًا.',
      typeInUse_zero: 'لا توجد علاقات من نوع «{{id}}».',
      typeInUse_one: 'هناك علاقة واحدة من نوع «{{id}}»: غيّر نوعها أو احذفها أولًا.',
      typeInUse_two: 'هناك علاقتان من نوع «{{id}}»: غيّر نوعهما أو احذفهما أولًا.',
      typeInUse_few: 'هناك {{count}} علاقات من نوع «{{id}}»: غيّر نوعها أو احذفها أولًا.',
      typeInUse_many: 'هناك {{count}} علاقة من نوع «{{id}}»: غيّر نوعها أو احذفها أولًا.',
      typeInUse_other: 'هناك {{count}} علاقة من نوع «{{id}}»: غيّر نوعها أو احذفها أولًا.',
      focusEmpty: 'تعرض كل خطوة كيانًا أو علاقة أو ادعاءً واحدًا على الأقل: اختر ما تركّز عليه.',
      badIndex: 'هذا الموضع غير موجود في القصة.',
      badColor: 'اكتب اللون بالصيغة ‎#RRGGBB، مثل ‎#0072B2.',
      invalid: 'هذه القيمة غير صالحة هنا.',
    },
  },
} satisfies FeatureLocale;
