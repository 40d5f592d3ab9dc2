package no.grunnmodell;

import java.util.HashMap;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/** Form values in Camunda REST's variable shape, {"name": {"value": ..., "type": ...}}, as the Tasklist sends them. */
public final class RestVariables {

  private RestVariables() {
  }

  public static Map<String, Object> of(Map<String, Object> values) {
    Map<String, Object> out = new HashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> typed = new HashMap<>();
      if (value instanceof SpinJsonNode json) {
        typed.put("value", json.toString());
        typed.put("type", "Json");
      } else {
        typed.put("value", value);
      }
      out.put(name, typed);
    });
    return out;
  }
}
