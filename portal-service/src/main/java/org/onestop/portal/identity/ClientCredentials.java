package org.onestop.portal.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A client-credentials token request as RFC 6749 sections 2.3.1 and 4.4 put it:
 * {@code grant_type=client_credentials}, the client authenticated with HTTP Basic (id and secret
 * form-urlencoded, then base64) or with {@code client_id} and {@code client_secret} in the form,
 * never both; no parameter twice.
 */
record ClientCredentials(String clientId, String clientSecret) {

    private static final String BASIC = "basic ";

    static ClientCredentials of(MultiValueMap<String, String> form, String authorization) {
        for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw TokenRequestRefused.invalidRequest("Parameter " + parameter.getKey() + " is given more than once");
            }
        }
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            throw TokenRequestRefused.invalidRequest("grant_type is missing");
        }
        if (!"client_credentials".equals(grantType)) {
            throw TokenRequestRefused.unsupportedGrantType();
        }
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            if (form.containsKey("client_secret")) {
                throw TokenRequestRefused.invalidRequest("Authenticate with HTTP Basic or with client_secret in the form, not both");
            }
            return fromBasic(authorization.substring(BASIC.length()).strip(), form.getFirst("client_id"));
        }
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw TokenRequestRefused.invalidClient();
        }
        return new ClientCredentials(id, secret);
    }

    private static ClientCredentials fromBasic(String encoded, String idInForm) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw TokenRequestRefused.invalidClient();
            }
            String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
            if (secret.isEmpty() || (idInForm != null && !idInForm.equals(id))) {
                throw TokenRequestRefused.invalidClient();
            }
            return new ClientCredentials(id, secret);
        } catch (IllegalArgumentException e) {
            throw TokenRequestRefused.invalidClient();
        }
    }
}
