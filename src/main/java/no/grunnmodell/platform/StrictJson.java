package no.grunnmodell.platform;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our REST API reads a JSON value only as what it is: a boolean must be true or false, text must be a JSON string.
 * Jackson would otherwise take {@code 5} as true, {@code "yes"} as an error but {@code "true"} and {@code ""} as
 * booleans, and {@code 123}, {@code 1.5} or {@code true} as text, so a case system's mistake would start a course
 * with values nobody sent. A value of the wrong type is answered 400 naming the field ({@link ApiErrorHandler}).
 *
 * <p>{@code spring.jackson.mapper.allow-coercion-of-scalars=false} is not enough: it stops numbers and strings
 * becoming booleans but still turns numbers into text. Dates are not Jackson's business here: requests carry them
 * as text and parse them themselves, since its LocalDate reader accepts "-2018-05-01" and "0000-01-01" even with
 * {@code spring.jackson.default-leniency=false}. Only Spring's own mapper is changed (our controllers); the engine's
 * REST API and Spin have their own.
 */
@Configuration
public class StrictJson {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonScalars() {
    return builder -> builder.postConfigurer(mapper -> {
      mapper.coercionConfigFor(LogicalType.Boolean)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    });
  }
}
