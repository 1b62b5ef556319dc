import { CONTACT_CUES } from '../report/layout/meta-fields';
import { toHalfWidthDigits } from './normalize';

export interface ContactInfo {
  website?: string;
  office?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
}

const SEP = '\\s*[:：]?\\s*';

/** Characters (a bracketed part counting as one) an address is taken to; longer ones are shortened, and said. */
const MAX_ADDRESS_PIECES = 60;

function firstMatch(text: string, cues: readonly string[], value: string): string | undefined {
  for (const cue of cues) {
    const m = new RegExp(`${cue}${SEP}(${value})`).exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** Contact details stated in the preamble (`地址：…，邮编：223001，电话：0517-83605210`). */
export function readContact(preamble: string): ContactInfo {
  const text = toHalfWidthDigits(preamble);
  const out: ContactInfo = {};
  const website = /(https?:\/\/[^\s<>()（）,，。;；]+|www\.[^\s<>()（）,，。;；]+)/.exec(text)?.[1];
  if (website) out.website = website;
  const office = /请(?:直接)?与(.{2,40}?)联系/.exec(text)?.[1];
  if (office) out.office = office;
  // A bracketed part (`（二楼）`) is kept whole; an address never ends inside brackets.
  const address = firstMatch(
    text,
    CONTACT_CUES.address,
    `(?:[^，,。；;（）()]|[（(][^（）()，,。；;]{0,20}[）)]){2,${MAX_ADDRESS_PIECES}}`,
  );
  if (address) out.address = address;
  const postcode = firstMatch(text, CONTACT_CUES.postcode, '\\d{6}');
  if (postcode) out.postcode = postcode;
  const phone = firstMatch(text, CONTACT_CUES.phone, '(?:\\d{3,4}[-－—]?)?\\d{7,8}(?:[-－]\\d{1,4})?');
  if (phone) out.phone = phone;
  const email = firstMatch(text, CONTACT_CUES.email, '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+');
  if (email) out.email = email;
  return out;
}

/**
 * The part of the preamble's address that was not taken (it ran past the length the importer
 * takes, or into a bracket it could not close), or undefined when the address was taken whole:
 * the import then says the field was shortened and what followed.
 */
export function addressLeftOut(preamble: string, address: string | undefined): string | undefined {
  if (!address) return undefined;
  const text = toHalfWidthDigits(preamble);
  const at = text.indexOf(address);
  if (at < 0) return undefined;
  const after = /^[^，,。；;\s]+/.exec(text.slice(at + address.length))?.[0];
  return after || undefined;
}
