import { NumberField } from '../../form/NumberField';
import { TextField } from '../../form/TextField';
import { yearProblem } from '../../../report/rules/year';
import { metaField } from './meta-field';
import { PreambleField } from './PreambleField';

/** 基本信息: agency, year, website, contact; the preamble generated from them. */
export function BasicsStep() {
  return (
    <>
      <TextField {...metaField('meta.agencyName')} autoComplete="organization" />
      <NumberField {...metaField('meta.year')} kind="count" validate={yearProblem} />
      <TextField {...metaField('meta.website')} />
      <fieldset className="fieldset">
        <legend>联系方式</legend>
        <TextField {...metaField('meta.contact.office')} />
        <TextField {...metaField('meta.contact.address')} autoComplete="street-address" />
        <TextField
          {...metaField('meta.contact.postcode')}
          inputMode="numeric"
          width="short"
          autoComplete="postal-code"
        />
        <TextField {...metaField('meta.contact.phone')} type="tel" width="medium" autoComplete="tel" />
        <TextField {...metaField('meta.contact.email')} type="email" width="medium" autoComplete="email" />
      </fieldset>
      <PreambleField />
    </>
  );
}
