package org.sendready.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/// The contrast of every text in a scene against what its ancestors paint behind it (WCAG
/// 2.1's contrast ratio, from 1:1 to 21:1): how a test sees that a theme left no text
/// unreadable, e.g. a hard-coded dark grey on the dark theme's background, or text on a
/// popup that paints no background at all.
///
/// Ikonli icons are `Text` too and are measured the same way. Text the page dims on purpose
/// (disabled controls, an opacity below 1 on it or an ancestor) and text over a gradient or
/// image, which has no single background colour, are left out.
public final class TextContrast {
    /// One text below the minimum: what it says, its colour, the colour behind it.
    public record Finding(String text, Color fill, Color background, double ratio) {
        @Override
        public String toString() {
            return "'%s' %s on %s: %.2f:1".formatted(text, fill, background, ratio);
        }
    }

    private TextContrast() {}

    /// Every shown text of `scene` whose contrast is below `minimum`; call on the FX thread.
    public static List<Finding> below(Scene scene, double minimum) {
        var findings = new ArrayList<Finding>();
        collect(scene, scene.getRoot(), minimum, findings);
        return findings;
    }

    private static void collect(Scene scene, Node node, double minimum, List<Finding> out) {
        if (!node.isVisible() || node.getOpacity() < 1 || node.isDisabled()) {
            return;
        }
        if (node instanceof Text text
                && !text.getText().isBlank()
                && text.getFill() instanceof Color fill) {
            behind(scene, text)
                    .ifPresent(
                            background -> {
                                var shown = over(fill, background);
                                double ratio = ratio(shown, background);
                                if (ratio < minimum) {
                                    out.add(
                                            new Finding(
                                                    text.getText().strip(),
                                                    fill,
                                                    background,
                                                    ratio));
                                }
                            });
        }
        if (node instanceof Parent parent) {
            for (var child : parent.getChildrenUnmodifiable()) {
                collect(scene, child, minimum, out);
            }
        }
    }

    /// The colour painted behind `node`: the topmost background fill of each ancestor,
    /// composed from the first opaque one up; the scene's fill under them all (transparent
    /// for a popup). Empty when an ancestor paints a gradient or an image there.
    private static Optional<Color> behind(Scene scene, Node node) {
        var layers = new ArrayList<Color>();
        for (var n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                var fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    BackgroundFill fill = fills.get(i);
                    if (!(fill.getFill() instanceof Color color)) {
                        return Optional.empty();
                    }
                    if (color.getOpacity() > 0) {
                        layers.add(color);
                        break;
                    }
                }
                if (!layers.isEmpty() && layers.getLast().getOpacity() >= 1) {
                    break;
                }
            }
        }
        var base =
                layers.isEmpty() || layers.getLast().getOpacity() < 1
                        ? scene.getFill() instanceof Color color ? color : Color.TRANSPARENT
                        : layers.removeLast();
        for (var layer : layers.reversed()) {
            base = over(layer, base);
        }
        return Optional.of(base);
    }

    /// `top` painted over `bottom` (source-over); transparent stays what it was.
    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        double b = bottom.getOpacity() * (1 - a);
        double alpha = a + b;
        if (alpha == 0) {
            return Color.TRANSPARENT;
        }
        return new Color(
                (top.getRed() * a + bottom.getRed() * b) / alpha,
                (top.getGreen() * a + bottom.getGreen() * b) / alpha,
                (top.getBlue() * a + bottom.getBlue() * b) / alpha,
                alpha);
    }

    /// WCAG 2.1 contrast ratio; a background that is not opaque (nothing painted behind the
    /// text) counts as no contrast at all.
    static double ratio(Color text, Color background) {
        if (background.getOpacity() < 1) {
            return 1;
        }
        double a = luminance(text);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /// WCAG 2.1 relative luminance of an sRGB colour.
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed())
                + 0.7152 * linear(c.getGreen())
                + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
