package org.onestop.web.apply;

import java.io.IOException;
import java.util.Map;
import org.onestop.web.api.ApiProblem;
import org.onestop.web.api.Caller;
import org.onestop.web.api.Gateway;
import org.springframework.web.multipart.MultipartFile;

/** A person's upload passed on to the portal as it came, and what its refusal means in the page's words. */
public final class Uploads {

    private Uploads() {
    }

    /** POSTs the file under the material's name to a portal materials path (a draft's or an application's). */
    public static void send(Gateway gateway, String path, String name, MultipartFile file, Caller caller) throws IOException {
        gateway.postFile(path, Map.of("name", name), "file",
                file.getOriginalFilename() == null ? "material" : file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), caller);
    }

    /** The message key for the portal's refusal of an upload; {@code conflictKey} says what a 409 means there. */
    public static String refusalKey(ApiProblem refused, String conflictKey) {
        return switch (refused.status()) {
            case 413 -> "apply.upload.tooLarge";
            case 415 -> "apply.upload.wrongType";
            case 409 -> conflictKey;
            default -> "apply.upload.refused";
        };
    }
}
