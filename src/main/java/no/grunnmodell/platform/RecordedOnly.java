package no.grunnmodell.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a name in a variable catalogue: a variable the application records on the course for its history, reports and
 * Cockpit (who decided, when, which version), that no diagram or form reads. The catalogue check does not look for
 * it in the diagrams and forms.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RecordedOnly {
}
