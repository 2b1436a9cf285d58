package jp.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the mamori application. */
@SpringBootApplication
public class Mamori {
    public static void main(String[] args) {
        SpringApplication.run(Mamori.class, args);
    }
}
