import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the app icons once (the PNGs are committed): a 3 × 3 grid, the middle row and column solid, the
 * cross-section of units × themes that gives the app its name, white on the Lumo primary blue.
 *
 * <p>Run from the project root: {@code java docs/tools/PwaIcons.java}
 */
public class PwaIcons {

    static final Color BLUE = new Color(0x00, 0x6a, 0xf5);
    static final String DIR = "src/main/resources/META-INF/resources/icons/";

    public static void main(String[] args) throws IOException {
        write("icon-192.png", 192, false);
        write("icon-512.png", 512, false);
        write("icon-maskable-512.png", 512, true);
        write("apple-touch-icon.png", 180, true);
        write("favicon-32.png", 32, false);
    }

    /**
     * @param fullBleed the background fills the square (maskable icons and iOS, which cut their own shape);
     *                  the mark then stays inside the central safe zone
     */
    static void write(String name, int size, boolean fullBleed) throws IOException {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BLUE);
        if (fullBleed) {
            g.fillRect(0, 0, size, size);
        } else {
            double r = size * 0.22;
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, r, r));
        }
        // the grid covers 56 % of a plain icon and 44 % of a full-bleed one (inside the maskable safe circle)
        double grid = size * (fullBleed ? 0.44 : 0.56);
        double gap = grid * 0.08;
        double cell = (grid - 2 * gap) / 3;
        double origin = (size - grid) / 2;
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                boolean cross = row == 1 || col == 1;
                g.setColor(cross ? Color.WHITE : new Color(255, 255, 255, 110));
                double x = origin + col * (cell + gap);
                double y = origin + row * (cell + gap);
                g.fill(new RoundRectangle2D.Double(x, y, cell, cell, cell * 0.3, cell * 0.3));
            }
        }
        g.dispose();
        File file = new File(DIR + name);
        file.getParentFile().mkdirs();
        ImageIO.write(image, "png", file);
        System.out.println(file + " " + size + "×" + size);
    }
}
