/**
 * The e2e build's manifest `key`: it fixes the extension id, so a managed policy file can
 * name the extension. Only `wxt build --mode e2e` carries it; store builds never do.
 */
export const E2E_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsFLkIkWbIS0DtYhFmMv4yxjo9N3venCl3wG6E9l1iajFhRjC2aH5m2OdlG05lMWFbOrZMiUTZM4eMJxph/KoEkJKd9lVJGxRqVC8YpfAwDtnypJqInnFR8GlykDTLbxm6uOjp+qvdDiKXTkCsyGNrrAKxtDXjqDE22LhizrmT/Pogy44qRXvM6+3Pk1hCMLRi18QlYbVsPeGVsLpGTOI7zEoOBe7OsjxX/Nsi9f7sIYH5M9f3CAAtHZJ0t2cAsUNCm/gT5fXxoAwBOyc7GpE+nKDzdt3rOgMhKFrq9Wx01p2uS53Id19JaVK9KqRAE5OlYlR5MqXlzae6rLU9hu/PwIDAQAB';
export const E2E_EXTENSION_ID = 'pmjlndlehpcnnoffcpdjpbnpjdgfoioo';
