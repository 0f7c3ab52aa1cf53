import { factParts, type FactPart } from "./factParts.ts";

/** A piece of a glossary definition: plain text, a fact written from its record, or a source mark. */
export type DefinitionPart = FactPart;

const placeholder = /\{(fact|cite):([a-z0-9-]+)\}/g;

/** Splits a definition at its `{fact:<id>}` and `{cite:<id>}` placeholders, in reading order. */
export function definitionParts(template: string): DefinitionPart[] {
  return factParts(template, placeholder);
}
