/** html-validate settings for tests/e2e/html-validity.spec.ts; every rule relaxed here says why. */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // ListFilter's form filters as you type and never submits (submit is prevented); it is a form only for its reset button.
    'wcag/h32': 'off',
    // School progress bars are styled elements with role=progressbar and a live aria-valuenow; moving them to <progress> is a restyle of the school section.
    'prefer-native-element': ['error', { exclude: ['progressbar'] }],
  },
};
