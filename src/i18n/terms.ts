import type { Locale } from './locales';

/**
 * Terminology per language: the term every page uses, and mistranslations that must never
 * appear (checked by test/i18n/terms.test.ts over content/ and the UI strings).
 */
export const terms: Record<Locale, { preferred: Record<string, string>; forbidden: string[] }> = {
  en: {
    preferred: { activationFunction: 'activation function', derivative: 'derivative', transformer: 'Transformer' },
    forbidden: [],
  },
  fr: {
    preferred: { activationFunction: "fonction d'activation", derivative: 'dérivée', transformer: 'Transformer' },
    forbidden: ['transformateur'],
  },
  ja: {
    preferred: { activationFunction: '活性化関数', derivative: '導関数', transformer: 'トランスフォーマー' },
    forbidden: ['変圧器', '起動関数'],
  },
  tr: {
    preferred: { activationFunction: 'aktivasyon fonksiyonu', derivative: 'türev', transformer: 'Transformer' },
    forbidden: ['transformatör', 'etkinleştirme fonksiyonu'],
  },
  zh: {
    preferred: { activationFunction: '激活函数', derivative: '导数', transformer: 'Transformer' },
    forbidden: ['变压器', '激励函数'],
  },
};
