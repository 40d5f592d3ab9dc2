package no.grunnmodell.form;

/**
 * The field a problem is about: its key as API clients address it ({@code goals[1].attainment}) and its name as the
 * caseworker reads it ({@code «Mål» i rad 2 av «Mål i tiltaksplanen»}).
 */
record Subject(String field, String name) {

  /** A problem whose sentences start with the field: "«Samtykke» må fylles ut.", "consentDecision: is required." */
  FormProblem problem(String norwegian, String english) {
    return new FormProblem(field, name + " " + norwegian, field + ": " + english);
  }
}
