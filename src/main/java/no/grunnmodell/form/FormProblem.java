package no.grunnmodell.form;

/**
 * One way a submission breaks its form: the field's key ({@code goals[1].attainment} inside a dynamic list), a
 * sentence for the caseworker in Norwegian that quotes the field's label, and one for API clients in English that
 * names the key and the rule.
 */
public record FormProblem(String field, String norwegian, String english) {
}
