/**
 * The e2e build's manifest `key`: it fixes the extension id, so a managed policy file can
 * name the extension. Only `wxt build --mode e2e` carries it; store builds never do.
 */
export const E2E_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsFLkIkWbIS0DtYhFmMv4yxjo9N3venCl3wG6E9l1iajFhRjC2aH5m2OdlG05lMWFbOrZMiUTZM4eMJxph/KoEkJKd9lVJGxRqVC8YpfAwDtnypJqInnFR8GlykDTLbxm6uOjp+qvdDiKXTkCsyGNrrAKxtDXjqDE22LhizrmT/Pogy44qRXvM6+3Pk1hCMLRi18QlYbVsPeGVsLpGTOI7zEoOBe7OsjxX/Nsi9f7sIYH5M9f3CAAtHZJ0t2cAsUNCm/gT5fXxoAwBOyc7GpE+nKDzdt3rOgMhKFrq9Wx01p2uS53Id19JaVK9KqRAE5OlYlR5MqXlzae6rLU9hu/PwIDAQAB';
export const E2E_EXTENSION_ID = 'pmjlndlehpcnnoffcpdjpbnpjdgfoioo';

/**
 * A second key for the copy of the e2e build the managed-policy specs run (`POLICY_EXTENSION_DIR`):
 * Chromium applies a policy file to every browser on the machine, so the policy names this id, which
 * no other spec's extension has, and specs running beside them in another worker are untouched.
 */
export const POLICY_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAj7TYEDfTuM6UMJ92Uw2mg7xWPtYvl73rxRdkqLQ9/A8pm0CjQmG2+Fq8VkHz/UC8mrBUhKlxXq0aU5GDzrI6V5BTl0l0HrhIZr0aOHc8daujrd5G5sahjX5CrHfjaSdaBoiQ7SkCEOoaeSUiNwW/Bsf08dqP8LP/BzAAw4Dep9r0+C9Fo2kwRTrarmm48t3JvxLwqElFRxyZlCbaGqN0ICjFoohEMaJEGfYfmRr/awEb2Zycmi58OD4l1xPalABusHU7cpQwVFisf0YVpGZ7k/eQ+u4vfpEBrhxCqcigu6BmYwKM2RuBegdBTiaxIRRmIkZRWYIcTOU/pcD6KsHH7QIDAQAB';
export const POLICY_EXTENSION_ID = 'lfkkafhlkjmmhaoonpdhbkdgpbdhkcnk';
