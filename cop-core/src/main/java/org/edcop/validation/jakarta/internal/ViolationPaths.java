package org.edcop.validation.jakarta.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.edcop.validation.internal.Pointer;

/**
 * Translates between a finding's JSON Pointer and a violation's property path. The model's Java
 * property names are its JSON names, so {@code /community/membership/members/3/id} becomes the path
 * {@code community.membership.members[3].id}, and a pointer that ends at a list item, {@code
 * /practice/meetings/2}, becomes {@code practice.meetings[2]}. The empty pointer is the plan
 * itself: the empty path.
 */
public final class ViolationPaths {

  private ViolationPaths() {}

  /**
   * Adds one violation with a message template at the place a pointer names.
   *
   * @param context the constraint validator context
   * @param template the (escaped) message template
   * @param pointer a JSON Pointer
   */
  public static void add(ConstraintValidatorContext context, String template, String pointer) {
    ConstraintViolationBuilder start = context.buildConstraintViolationWithTemplate(template);
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext closed = null;
    Integer index = null;
    for (String segment : segments(pointer)) {
      boolean afterProperty = open != null || closed != null;
      if (afterProperty && index == null && isIndex(segment)) {
        index = Integer.valueOf(segment);
        continue;
      }
      NodeBuilderCustomizableContext node;
      if (open != null) {
        node = open.addPropertyNode(segment);
      } else if (closed != null) {
        node = closed.addPropertyNode(segment);
      } else {
        node = start.addPropertyNode(segment);
      }
      if (index != null) {
        closed = node.inIterable().atIndex(index);
        open = null;
        index = null;
      } else {
        open = node;
        closed = null;
      }
    }
    if (index != null) {
      if (open != null) {
        open.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
      } else {
        closed.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
      }
    } else if (open != null) {
      open.addConstraintViolation();
    } else if (closed != null) {
      closed.addConstraintViolation();
    } else {
      start.addConstraintViolation();
    }
  }

  /**
   * The JSON Pointer of a property path: the reverse of {@link #add}.
   *
   * @param path a violation's property path
   * @return the pointer, {@code ""} for the empty path
   */
  public static String pointer(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          out.append('/').append(Pointer.escape(String.valueOf(node.getKey())));
        }
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && name.charAt(0) != '<') {
        out.append('/').append(Pointer.escape(name));
      }
    }
    return out.toString();
  }

  private static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("not a JSON Pointer: '" + pointer + "'");
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    if (segment.length() > 1 && segment.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
