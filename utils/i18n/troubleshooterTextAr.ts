/** The troubleshooter's name and purpose: its own page, and the links to it from the popup and options. */
export const TROUBLESHOOTER_TEXT_AR = {
  title: 'فحص المشكلات',
  intro: 'تفحص الإضافة كل ما يلزم كي يصلك كل طلب جديد، وتسمّي السبب والحل. لا حاجة لأدوات المطوّر.',
};
