package no.grunnmodell.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A small but strict OpenID Connect provider for the login test, in-process on a free port: discovery, the
 * authorization-code flow with a client secret, RS256-signed ID tokens with nonce, JWKS, userinfo, single sign-on
 * (a browser still signed in at the provider is logged in again without being asked) and RP-initiated logout, which
 * ends that. Spring Security's client checks all of it (issuer, signature, audience, nonce, expiry) as it would
 * with the municipality's provider.
 *
 * <p>Users do not type a password: the test queues who logs in next ({@link #nextLogin}); without one, the browser's
 * session at the provider decides, and without that the provider answers {@code login_required}.
 *
 * <p>Not no.nav.security:mock-oauth2-server: its releases need a Nimbus OAuth SDK newer than the one Spring
 * Security 6.5 is built against (it would replace the application's), and they put a logback.xml and FreeMarker
 * templates at the class path root, which would change logging and error pages for every test.
 */
final class InProcessOidcProvider implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Grant(String clientId, String redirectUri, String nonce, Map<String, Object> claims) {
  }

  private final HttpServer server;
  private final RSAKey key;
  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final Queue<Map<String, Object>> nextLogins = new ConcurrentLinkedQueue<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> accessTokens = new ConcurrentHashMap<>();
  /** Single sign-on at the provider: its session cookie to the user it logged in. */
  private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
  private final Queue<Map<String, String>> endSessionRequests = new ConcurrentLinkedQueue<>();
  private final String sessionCookiePath;

  InProcessOidcProvider(String realm, String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    try {
      key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    issuer = "http://localhost:" + server.getAddress().getPort() + "/" + realm;
    String base = "/" + realm;
    sessionCookiePath = base;
    server.createContext(base + "/.well-known/openid-configuration", this::discovery);
    server.createContext(base + "/authorize", this::authorize);
    server.createContext(base + "/token", this::token);
    server.createContext(base + "/userinfo", this::userinfo);
    server.createContext(base + "/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
    server.createContext(base + "/endsession", this::endSession);
    server.start();
  }

  String issuer() {
    return issuer;
  }

  String authorizationEndpoint() {
    return issuer + "/authorize";
  }

  String endSessionEndpoint() {
    return issuer + "/endsession";
  }

  /** The sign-out requests the provider got (RP-initiated logout), with their parameters. */
  List<Map<String, String>> endSessionRequests() {
    return List.copyOf(endSessionRequests);
  }

  /** The next login at the provider is {@code subject}, with these claims in the ID token and from userinfo. */
  void nextLogin(String subject, Map<String, Object> claims) {
    Map<String, Object> all = new LinkedHashMap<>(claims);
    all.put("sub", subject);
    nextLogins.add(all);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer);
    metadata.put("authorization_endpoint", issuer + "/authorize");
    metadata.put("token_endpoint", issuer + "/token");
    metadata.put("userinfo_endpoint", issuer + "/userinfo");
    metadata.put("jwks_uri", issuer + "/jwks");
    metadata.put("end_session_endpoint", issuer + "/endsession");
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("grant_types_supported", List.of("authorization_code"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
    metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
    metadata.put("scopes_supported", List.of("openid", "profile", "email"));
    send(exchange, 200, metadata);
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    Map<String, Object> user = nextLogins.poll();
    if (user == null) {
      // Like a real provider: a browser that is still signed in here is logged in again without being asked
      user = sessions.get(sessionOf(exchange));
    }
    if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
        || query.get("redirect_uri") == null || !String.valueOf(query.get("scope")).contains("openid")) {
      send(exchange, 400, Map.of("error", "invalid_request"));
      return;
    }
    if (user == null) {
      send(exchange, 400, Map.of("error", "login_required", "error_description", "the test queued no login"));
      return;
    }
    String session = UUID.randomUUID().toString();
    sessions.put(session, user);
    exchange.getResponseHeaders().add("Set-Cookie", "provider_session=" + session + "; Path=" + sessionCookiePath
        + "; HttpOnly");
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(query.get("client_id"), query.get("redirect_uri"), query.get("nonce"), user));
    String location = query.get("redirect_uri") + "?code=" + code + "&state="
        + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void endSession(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    endSessionRequests.add(query);
    String session = sessionOf(exchange);
    if (session != null) {
      sessions.remove(session);
    }
    String back = query.get("post_logout_redirect_uri");
    if (back == null) {
      send(exchange, 200, Map.of("signedOut", true));
      return;
    }
    exchange.getResponseHeaders().add("Location", back);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static String sessionOf(HttpExchange exchange) {
    List<String> cookies = exchange.getRequestHeaders().get("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String header : cookies) {
      for (String cookie : header.split(";")) {
        String[] pair = cookie.trim().split("=", 2);
        if (pair.length == 2 && pair[0].equals("provider_session")) {
          return pair[1];
        }
      }
    }
    return null;
  }

  private void token(HttpExchange exchange) throws IOException {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8));
    if (!"POST".equals(exchange.getRequestMethod())
        || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, Map.of("error", "invalid_client"));
      return;
    }
    Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
    if (!"authorization_code".equals(body.get("grant_type")) || grant == null
        || !grant.redirectUri().equals(body.get("redirect_uri")) || !grant.clientId().equals(clientId)) {
      send(exchange, 400, Map.of("error", "invalid_grant"));
      return;
    }
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(clientId)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
        .claim("auth_time", now.getEpochSecond());
    grant.claims().forEach(claims::claim);
    if (grant.nonce() != null) {
      claims.claim("nonce", grant.nonce());
    }
    String accessToken = UUID.randomUUID().toString();
    accessTokens.put(accessToken, grant.claims());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("access_token", accessToken);
    response.put("token_type", "Bearer");
    response.put("expires_in", 300);
    response.put("id_token", sign(claims.build()));
    send(exchange, 200, response);
  }

  private void userinfo(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Map<String, Object> claims = authorization == null || !authorization.startsWith("Bearer ") ? null
        : accessTokens.get(authorization.substring("Bearer ".length()));
    if (claims == null) {
      send(exchange, 401, Map.of("error", "invalid_token"));
      return;
    }
    send(exchange, 200, claims);
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
    byte[] json = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, json.length);
    exchange.getResponseBody().write(json);
    exchange.close();
  }
}
