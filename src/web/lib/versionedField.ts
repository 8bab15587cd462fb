import { useState } from "react";

/**
 * A field's value and the version of the record it was read from, for a record others may change
 * meanwhile. While the field is untouched it follows a newer version; once the person typed, it
 * keeps their words and the version they started from, so that saving over someone else's change
 * is a 409, not a silent overwrite. `rebase` takes the record a save or a 409 answered with.
 * (Keying the field by version instead remounted it on the 409's answer, and the conflict's
 * message went with it: the person's value was replaced without a word.)
 */
export function useVersionedField<R extends { version: number }, V>(record: R, read: (record: R) => V) {
  const [base, setBase] = useState(record);
  const [value, setValue] = useState<V>(() => read(record));
  if (record.version > base.version && Object.is(value, read(base))) {
    setBase(record);
    setValue(read(record));
  }
  const rebase = (next: R, showTheirs: boolean) => {
    setBase(next);
    if (showTheirs) setValue(read(next));
  };
  return { value, setValue, version: base.version, rebase };
}
