package no.grunnmodell.specialised.catalogue;

import java.util.Arrays;

/** A code of the catalogue with the words caseworkers read for it. */
interface Labelled {

  String label();

  /** The label of a code from the catalogue file; an unknown code is shown as it is, so a typo stays visible. */
  static <E extends Enum<E> & Labelled> String labelOf(Class<E> codes, String code) {
    return Arrays.stream(codes.getEnumConstants()).filter(v -> v.name().equals(code)).map(Labelled::label)
        .findFirst().orElse(code);
  }
}
