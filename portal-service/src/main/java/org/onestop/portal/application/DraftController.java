package org.onestop.portal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onestop.platform.security.CurrentUser;
import org.onestop.platform.web.EntityTags;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.portal.application.ApplicationViews.ApplicationView;
import org.onestop.portal.application.domain.Draft;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An applicant's drafts: prepared at leisure, submitted when complete. Another's draft is a 404.
 *
 * <p>A draft has a {@code revision} (also its {@code ETag}, {@code "3"}) that every saved change increases. Changes
 * and the submission honour {@code If-Match}: an older revision than the stored one is a 409 naming
 * {@code currentRevision}, so two devices editing one draft cannot overwrite each other unseen. If-Match is optional,
 * as everywhere ({@link EntityTags}, the one style of every service): without it the change applies to what is stored.
 */
@RestController
@RequestMapping("/api/portal/v1/applications/drafts")
@PreAuthorize("hasAnyRole('CITIZEN', 'LEGAL_PERSON')")
class DraftController {

    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final ApplicationViews views;

    DraftController(ApplicationDrafts drafts, ApplicationSubmission submission, ApplicationViews views) {
        this.drafts = drafts;
        this.submission = submission;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<DraftView> create(@Valid @RequestBody NewDraft request, @AuthenticationPrincipal Jwt jwt) {
        Draft draft = drafts.create(CurrentUser.of(jwt), request.itemCode(), formDataOf(request.formData()));
        return ResponseEntity.created(URI.create("/api/portal/v1/applications/drafts/" + draft.id()))
                .eTag(eTagOf(draft)).body(DraftView.of(draft, List.of()));
    }

    /** Saves the form data as it is (checked in full on submission); with If-Match only over that revision. */
    @PutMapping("/{id}")
    ResponseEntity<DraftView> update(@PathVariable UUID id, @Valid @RequestBody DraftChange request,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @AuthenticationPrincipal Jwt jwt) {
        Draft draft = drafts.update(CurrentUser.of(jwt), id, formDataOf(request.formData()), EntityTags.expected(ifMatch));
        return ResponseEntity.ok().eTag(eTagOf(draft)).body(view(draft));
    }

    @GetMapping("/{id}")
    ResponseEntity<DraftView> get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        Draft draft = drafts.own(CurrentUser.of(jwt), id);
        return ResponseEntity.ok().eTag(eTagOf(draft)).body(view(draft));
    }

    @GetMapping
    PageResponse<DraftView> mine(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size,
                                 @AuthenticationPrincipal Jwt jwt) {
        return drafts.listOwn(CurrentUser.of(jwt), PageRequest.of(page, size)).map(draft -> DraftView.of(draft, List.of()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                @AuthenticationPrincipal Jwt jwt) {
        drafts.delete(CurrentUser.of(jwt), id, EntityTags.expected(ifMatch));
    }

    /** Uploads a file as one of the item's materials: PDF, JPEG, PNG or OFD, within the size limit. */
    @PostMapping(path = "/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView upload(@PathVariable UUID id, @RequestParam("name") String name,
                        @RequestPart("file") MultipartFile file,
                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                        @AuthenticationPrincipal Jwt jwt) {
        return MaterialView.of(drafts.upload(CurrentUser.of(jwt), id, name, file, EntityTags.expected(ifMatch)));
    }

    /** Supplies a material by one of the caller's own e-certificates instead of a file. */
    @PostMapping(path = "/{id}/materials", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MaterialView reference(@PathVariable UUID id, @Valid @RequestBody MaterialView.Reference request,
                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                           @AuthenticationPrincipal Jwt jwt) {
        return MaterialView.of(drafts.reference(CurrentUser.of(jwt), id, request.name(), request.certificateNumber().trim(),
                EntityTags.expected(ifMatch)));
    }

    @DeleteMapping("/{id}/materials/{materialId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMaterial(@PathVariable UUID id, @PathVariable UUID materialId,
                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                        @AuthenticationPrincipal Jwt jwt) {
        drafts.removeMaterial(CurrentUser.of(jwt), id, materialId, EntityTags.expected(ifMatch));
    }

    /** Submits the draft (checked in full now); the application keeps the draft's id. */
    @PostMapping("/{id}/submit")
    ResponseEntity<ApplicationView> submit(@PathVariable UUID id,
                                           @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @AuthenticationPrincipal Jwt jwt) {
        return views.answer(submission.submitDraft(CurrentUser.of(jwt), id, List.of(), key, EntityTags.expected(ifMatch)));
    }

    private static String eTagOf(Draft draft) {
        return EntityTags.of(draft.revision());
    }

    private DraftView view(Draft draft) {
        return DraftView.of(draft, drafts.materialsOf(draft.id()).stream().map(MaterialView::of).toList());
    }

    private static Map<String, Object> formDataOf(Map<String, Object> formData) {
        return formData == null ? Map.of() : formData;
    }

    record NewDraft(@NotBlank @Size(max = 100) String itemCode, Map<String, Object> formData) {
    }

    record DraftChange(Map<String, Object> formData) {
    }

    record DraftView(String id, String itemCode, Map<String, Object> formData, String channel, Instant createdAt,
                     Instant updatedAt, long revision, List<MaterialView> materials) {

        static DraftView of(Draft d, List<MaterialView> materials) {
            return new DraftView(d.id().toString(), d.itemCode(), d.formData(), d.channel(), d.createdAt(), d.updatedAt(),
                    d.revision(), materials);
        }
    }
}
