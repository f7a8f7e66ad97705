export { resolveLanguageLocale, SUPPORTED_LANGUAGE_LOCALES, type LanguageLocale } from './locale';
export { languageCheck, lexiconVersion, type LanguageCheckOptions, type LanguageSuggestion } from './lexicon/language-check';
export { CATEGORY_SEVERITY, ContentCategory, ContentSeverity } from './content-rules/content-category';
export { classifyContent, contentRulesVersion, type ContentFinding } from './content-rules/classify-content';
export { screenContent, type ContentScreening } from './content-rules/screen-content';
export { containsLink } from './content-rules/detectors';
