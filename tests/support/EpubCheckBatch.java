// epubcheck over many books in one JVM (a JVM start costs more than checking a small book).
// Run by tests/support/epubcheck.ts: java -cp epubcheck.jar EpubCheckBatch.java a.epub b.epub ...
// epubcheck prints its messages as usual; one RESULT line per book gives the counts.
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class EpubCheckBatch {
  public static void main(String[] args) {
    for (String path : args) {
      DefaultReportImpl report = new DefaultReportImpl(path);
      new EpubCheck(new File(path), report).doValidate();
      System.out.println("RESULT\t" + path + "\t" + report.getFatalErrorCount() + "\t" + report.getErrorCount() + "\t" + report.getWarningCount());
    }
  }
}
