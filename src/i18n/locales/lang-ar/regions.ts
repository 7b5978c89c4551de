/** Arabic strings of the regions feature (the parity test checks the keys match). */
export const regions = {
  failed:
    'حدث عطل في {{region}}. بقية الصفحة تعمل. حاول مجددًا؛ وإن تكرّر العطل فأبلغ عنه مع الخطأ أدناه.',
  retry: 'أعد تشغيل {{region}}',
  names: {
    graph: 'عرض الشبكة',
    details: 'لوح التفاصيل',
    filters: 'لوح التصفية',
    table: 'الجدول',
    story: 'العرض التقديمي',
    file: 'قائمة الملف',
    share: 'زر المشاركة',
    search: 'مربع البحث',
    paths: 'لوح «كيف يرتبط هذان؟»',
    legend: 'مفتاح الرموز',
    toolbar: 'أدوات التحكم بالشبكة',
    editor: 'المحرِّر',
  },
  pageFailed:
    'حدث خطأ أثناء عرض الصفحة: {{detail}}. أعد تحميلها؛ وإن تكرّر الخطأ فأبلغ عنه مع هذه الرسالة.',
  reload: 'أعد تحميل الصفحة',
  reloadFile: 'أعد التحميل وافتح ملفك مجددًا',
  bundled: 'افتح مجموعة البيانات المرفقة',
};
