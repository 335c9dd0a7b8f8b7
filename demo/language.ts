// The demo's language switch (README, Languages): it sets `lang` on <html>,
// and every element re-renders in that language by itself. The page's
// prose stays English (marked `lang="en"`); only what the page hands the
// elements (the labels it slots into buttons) follows the switch. Loaded by
// its own script tag before main.ts, so the elements' first render is
// already in the chosen language (no English flash on ?lang=fr).

const DEMO_LANGUAGES = ['en', 'fr'] as const;
type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** Where the choice is remembered between visits. */
const LANGUAGE_STORAGE_KEY = 'mono-demo-lang';

/** The labels the page gives elements, and the switch's own, per language. */
const PAGE_WORDS: Record<DemoLanguage, Record<string, string>> = {
  en: {
    '#language-label': 'Language',
    '#pay': 'Pay ₦1,500 for order 1043',
    '#add-account': 'Link this bank',
  },
  fr: {
    '#language-label': 'Langue',
    '#pay': 'Payer 1 500 ₦ pour la commande 1043',
    '#add-account': 'Lier cette banque',
  },
};

const isLanguage = (value: string | null | undefined): value is DemoLanguage => DEMO_LANGUAGES.includes(value as DemoLanguage);

/** `?lang=` first (a shared link says what it shows), then the last choice, then English. */
function initialLanguage(): DemoLanguage {
  const asked = new URL(location.href).searchParams.get('lang');
  if (isLanguage(asked)) return asked;
  try {
    const remembered = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // Storage refused (private mode, a sandboxed frame): English.
  }
  return 'en';
}

function apply(language: DemoLanguage): void {
  document.documentElement.lang = language;
  for (const [selector, text] of Object.entries(PAGE_WORDS[language])) {
    const element = document.querySelector(selector);
    if (element) element.textContent = text;
  }
}

/** Wires the `<select>`: the page starts in the chosen language, and each change is remembered. */
function setUpLanguageSwitch(select: HTMLSelectElement): void {
  const language = initialLanguage();
  select.value = language;
  apply(language);
  select.addEventListener('change', () => {
    const chosen = select.value;
    if (!isLanguage(chosen)) return;
    apply(chosen);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, chosen);
    } catch {
      // Not remembered; the switch still works for this visit.
    }
    // The address follows, so a reload or a shared link shows the same language.
    const url = new URL(location.href);
    url.searchParams.set('lang', chosen);
    history.replaceState(history.state, '', url);
  });
}

setUpLanguageSwitch(document.querySelector<HTMLSelectElement>('#language')!);

export {};
