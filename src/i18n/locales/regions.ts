import type { FeatureLocale } from './feature';

/**
 * What a region of the page says when it fails on its own (src/ui/RegionBoundary.tsx), under
 * the "regions." key prefix. Same keys in both languages.
 */
export const regions = {
  en: {
    failed:
      'The {{region}} stopped working. The rest of the page still works. Try again; if it keeps failing, report it with the error below.',
    retry: 'Try {{region}} again',
    names: {
      graph: 'graph',
      details: 'details panel',
      filters: 'filters',
      table: 'table',
      story: 'briefing',
      file: 'File menu',
      share: 'Share button',
      search: 'search box',
      paths: '“How are these connected?” panel',
      legend: 'legend',
      toolbar: 'graph controls',
      editor: 'editor',
    },
    pageFailed:
      'Something went wrong while showing the page: {{detail}}. Reload it; if it happens again, report it with this message.',
    reload: 'Reload the page',
    reloadFile: 'Reload and reopen your file',
    bundled: 'Open the bundled dataset',
  },
  ar: {
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
  },
} satisfies FeatureLocale;

export type RegionName = keyof typeof regions.en.names;
