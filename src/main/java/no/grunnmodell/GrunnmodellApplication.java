package no.grunnmodell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GrunnmodellApplication {

  public static void main(String[] args) {
    SpringApplication.run(GrunnmodellApplication.class, args);
  }
}
