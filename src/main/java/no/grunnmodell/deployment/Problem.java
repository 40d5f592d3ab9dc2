package no.grunnmodell.deployment;

/**
 * One reason a deployment is refused, as a complete sentence in English (process owners read Camunda Modeler's
 * English error) and in Norwegian, with what to do instead.
 *
 * @param resource the file at fault, or null when the deployment as a whole is (its tenant id)
 * @param instead what is allowed instead; null when the sentence already says it
 */
record Problem(String resource, String english, String norwegian, Instead instead) {

  /** What a process owner may do instead; shared by problems of the same kind, so it is said once. */
  record Instead(String english, String norwegian) {
  }

  /**
   * A problem at one place in a diagram: {@code processes/x.bpmn, element Task_A (bpmn:serviceTask),
   * camunda:expression="${...}": reason.}
   *
   * @param place the element, e.g. {@code element Task_A (bpmn:serviceTask)}, in English and Norwegian
   * @param subject the attribute, text or expression at fault, as written in the file
   */
  static Problem inDiagram(String resource, Place place, String subject, String reasonEnglish,
                           String reasonNorwegian, Instead instead) {
    return inDiagram(resource, place, subject, subject, reasonEnglish, reasonNorwegian, instead);
  }

  /** As above, with the subject worded for each language ("expression ${x}", "uttrykket ${x}"). */
  static Problem inDiagram(String resource, Place place, String subjectEnglish, String subjectNorwegian,
                           String reasonEnglish, String reasonNorwegian, Instead instead) {
    String atEnglish = subjectEnglish == null ? "" : ", " + subjectEnglish;
    String atNorwegian = subjectNorwegian == null ? "" : ", " + subjectNorwegian;
    return new Problem(resource, resource + ", " + place.english() + atEnglish + ": " + reasonEnglish + ".",
        resource + ", " + place.norwegian() + atNorwegian + ": " + reasonNorwegian + ".", instead);
  }

  /** Where in a diagram: the element's id, or the nearest enclosing element's id. */
  record Place(String english, String norwegian) {
  }
}
