// sax, xml2js's tokenizer, ships untyped. We read only its entity table, so the saxes fast
// path (xml-tree.ts) decodes exactly the named entities xml2js decodes.
declare module 'sax' {
  const sax: { readonly ENTITIES: Readonly<Record<string, string>> };
  export = sax;
}
