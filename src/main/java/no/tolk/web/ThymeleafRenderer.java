package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders Thymeleaf templates from ./templates (an edit shows within a second) or the classpath.
 */
public final class ThymeleafRenderer implements FileRenderer {

  private static final Path TEMPLATE_FOLDER = Path.of("templates");

  private static final long FOLDER_TTL_MS = 1000;

  private final TemplateEngine engine = new TemplateEngine();

  public ThymeleafRenderer() {
    int order = 1;
    if (Files.isDirectory(TEMPLATE_FOLDER)) {
      FileTemplateResolver files = configure(new FileTemplateResolver(), order++);
      files.setPrefix(TEMPLATE_FOLDER.toAbsolutePath() + "/");
      // parsed once a second at most, not on every request, and an edit on disk still shows
      files.setCacheable(true);
      files.setCacheTTLMs(FOLDER_TTL_MS);
      // lets the classpath resolver answer for templates the folder lacks
      files.setCheckExistence(true);
      engine.addTemplateResolver(files);
    }
    ClassLoaderTemplateResolver classpath = configure(new ClassLoaderTemplateResolver(), order);
    classpath.setPrefix("templates/");
    classpath.setCacheable(true);
    engine.addTemplateResolver(classpath);
  }

  private static <T extends AbstractConfigurableTemplateResolver> T configure(
      T resolver, int order) {
    resolver.setOrder(order);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    return resolver;
  }

  @Override
  public String render(String filePath, Map<String, ?> model, Context ctx) {
    org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ROOT);
    // a HashMap because the model may hold nulls (a document without a date)
    context.setVariables(new HashMap<>(model));
    ctx.contentType("text/html; charset=utf-8");
    return engine.process(filePath, context);
  }
}
