/*
 * Grunnmodell: «Fullfør» is enabled when the Camunda Form shows no error (loaded through customScripts in
 * scripts/config.js).
 *
 * The Tasklist greys out «Fullfør» while form-js's error list has any entry. form-js 1.8 clears the error of a field
 * inside a dynamic list by removing the row's entry and keeps the field's own entry, now empty ({Field_Goal: {}}),
 * so after any edit in the plan's or the evaluation's goal list «Fullfør» stayed grey until «Lagre» validated the
 * whole form afresh. Here the Tasklist is told whether the form shows an error, from what the form shows; the form
 * still validates everything when «Fullfør» is pressed, and the server checks it again.
 */
const angular = window.angular;

if (angular) {
  angular.module('cam.tasklist.custom').config([
    '$provide',
    function ($provide) {
      $provide.decorator('camTasklistFormCamundaDirective', [
        '$delegate',
        function ($delegate) {
          const directive = $delegate[0];
          const link = directive.link;
          directive.compile = function () {
            return function (scope, element, attrs, formController) {
              const notify = formController.notifyFormValidated.bind(formController);
              formController.notifyFormValidated = function () {
                // after form-js has drawn the change that triggered the notice
                setTimeout(function () {
                  notify(!!element[0].querySelector('.fjs-form-field-error'));
                });
              };
              return link.apply(this, arguments);
            };
          };
          return $delegate;
        }
      ]);
    }
  ]);
}
