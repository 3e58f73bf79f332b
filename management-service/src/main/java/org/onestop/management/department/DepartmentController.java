package org.onestop.management.department;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.onestop.management.department.domain.Department;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.onestop.platform.web.Versioned;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Departments of the master data: anyone signed in reads them, administrators keep them. */
@RestController
@RequestMapping("/api/management/v1/departments")
class DepartmentController {

    private final DepartmentDirectory directory;

    DepartmentController(DepartmentDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> register(@Valid @RequestBody DepartmentRequest request) {
        var department = DepartmentView.of(directory.register(request));
        return ResponseEntity.created(URI.create("/api/management/v1/departments/" + department.code())).body(department);
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    DepartmentView update(@PathVariable String code, @Valid @RequestBody DepartmentRequest request,
                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return DepartmentView.of(directory.update(code, request.over(ifMatch)));
    }

    @GetMapping("/{code}")
    DepartmentView get(@PathVariable String code) {
        return directory.find(code).map(DepartmentView::of)
                .orElseThrow(() -> new NotFoundException("No department " + code));
    }

    @GetMapping
    PageResponse<DepartmentView> list(@RequestParam(required = false) String regionCode,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return directory.page(regionCode, PageRequest.of(page, size)).map(DepartmentView::of);
    }

    /** A department as the API shows it. */
    record DepartmentView(String code, String creditCode, String name, String regionCode, List<String> staffRoles,
                          long revision) implements Versioned {

        @Override
        public long entityVersion() {
            return revision;
        }

        static DepartmentView of(Department department) {
            return new DepartmentView(department.code(), department.creditCode(), department.name(),
                    department.regionCode(), department.roleNames(), department.revision());
        }
    }
}
