package org.onestop.management.region;

import org.onestop.management.region.domain.Region;
import org.onestop.management.region.domain.RegionLevel;
import org.onestop.platform.problem.NotFoundException;
import org.onestop.platform.web.PageRequest;
import org.onestop.platform.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions with their GB/T 2260 codes, browsable level by level ({@code ?parent=330100}). */
@RestController
@RequestMapping("/api/management/v1/regions")
class RegionController {

    private final RegionDirectory regions;

    RegionController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping
    PageResponse<Region> list(@RequestParam(required = false) String parent,
                              @RequestParam(required = false) RegionLevel level,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return regions.page(parent, level, PageRequest.of(page, size));
    }

    @GetMapping("/{code}")
    Region get(@PathVariable String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("No region " + code));
    }
}
