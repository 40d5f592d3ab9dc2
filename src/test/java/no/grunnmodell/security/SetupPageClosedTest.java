package no.grunnmodell.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The setup filter on its own, as in any profile: it refuses without asking whether an administrator exists, so the
 * setup stays closed on a new installation too.
 */
class SetupPageClosedTest {

  private final SetupPageClosed filter = new SetupPageClosed("/camunda");

  @Test
  void theSetupRequestIsRefusedWithANorwegianSentence() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = run("POST", "/camunda/api/admin/setup/default/user/create", chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"type\":\"SetupClosed\"").contains("opprettes av driftsansvarlig ved oppstart");
  }

  @Test
  void theSetupPageSaysWhatTheOperatorMustDo() throws Exception {
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = run("GET", "/camunda/app/admin/default/setup/", chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("<html lang=\"nb\">").contains("Oppsettsiden er stengt")
        .contains(FirstAdministrator.ID_VARIABLE).contains(FirstAdministrator.PASSWORD_VARIABLE);
  }

  @Test
  void theRestOfAdminIsLeftAlone() throws Exception {
    for (String path : new String[] {"/camunda/app/admin/default/", "/camunda/app/admin/scripts/config.js",
        "/camunda/app/admin/default/setupx/"}) {
      MockFilterChain chain = new MockFilterChain();
      run("GET", path, chain);
      assertThat(chain.getRequest()).as(path).isNotNull();
    }
  }

  private MockHttpServletResponse run(String method, String path, MockFilterChain chain) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, chain);
    return response;
  }
}
