import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An XML element with its attributes, child elements in document order, and trimmed text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown> & { ":@"?: Record<string, string> };

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ":@" && k !== "#text" && k !== "?xml");
  if (name === undefined) return undefined;
  const kids = (node[name] as OrderedNode[] | undefined) ?? [];
  const children = kids.map(toElement).filter((e): e is XmlElement => e !== undefined);
  const text = kids
    .map((k) => (typeof k["#text"] === "string" || typeof k["#text"] === "number" ? String(k["#text"]) : ""))
    .join("")
    .trim();
  return { name, attrs: node[":@"] ?? {}, children, text };
}

/**
 * Parses XML into an ordered element tree (element order matters in the manifest's XSD).
 * Namespace prefixes are kept ("bt:Image"), attributes are unprefixed strings.
 * @param xml the document text.
 * @returns the root element; throws with the parser's message if the XML is not well formed.
 */
export function parseXmlTree(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XML is not well formed: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes.map(toElement).find((e) => e !== undefined);
  if (!root) throw new Error("XML has no root element");
  return root;
}

/** Direct children with the given name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/**
 * The single direct child with that name; throws a readable error if absent or repeated.
 * @param el parent element.
 * @param name child element name.
 * @returns the child.
 */
export function child(el: XmlElement, name: string): XmlElement {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> should have exactly one <${name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

/** Follows a path of single children: path(root, "VersionOverrides", "Hosts", "Host"). */
export function path(el: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(child, el);
}

/** Every element of the subtree (the element itself first), depth first in document order. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}
