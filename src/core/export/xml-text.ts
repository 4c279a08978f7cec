/**
 * Text safe to put in an XML document: XML 1.0 forbids most control
 * characters (even escaped), the non-characters U+FFFE/U+FFFF and unpaired
 * surrogates, and a CSV cell can hold any of them. They are dropped; tab, line
 * feed and carriage return stay. Escaping of `&`, `<`, `>` and quotes is the
 * writer's job.
 */

const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '');
}

/**
 * `text` safe and escaped for XML element content or a double-quoted
 * attribute value. Carriage returns (and, in attributes, tabs and line feeds)
 * become character references, which XML parsers do not normalise away.
 */
export function escapeXml(text: string, attribute = false): string {
  const out = xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#xD;');
  return attribute ? out.replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;') : out;
}
