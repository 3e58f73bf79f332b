package org.onestop.datasharing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DataSharingApplication {

    public static void main(String[] args) {
        SpringApplication.run(DataSharingApplication.class, args);
    }
}
