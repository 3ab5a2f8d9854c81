package org.gait4j.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gait4j.model.BodyLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Batch analysis of a cohort's recordings with Apache Spark: one summary row per recording
 * ({@link RecordingSummary}), written as CSV or Parquet.
 *
 * <h2>What runs where</h2>
 *
 * <ol>
 *   <li>The driver expands the inputs (paths, Hadoop globs such as {@code /data/*&#47;*.c3d}, or
 *       {@code @list.txt} naming one path per line) into a list of recordings, and spreads it over
 *       {@code --partitions} slices (default: four per core of the cluster).
 *   <li>Each task, for each of its recordings, reads the file with {@link
 *       org.gait4j.io.GaitIO} (format sniffed from the content), runs {@link
 *       org.gait4j.analysis.GaitAnalysis#withDefaults()} and emits one row. A file that cannot be
 *       read or analysed gives a row with the {@code error} column set; it never fails the job.
 *   <li>The rows are written to {@code OUTPUT} (a folder of part files, as Spark writes), or one
 *       file sorted by recording with {@code --single-file}.
 * </ol>
 *
 * gait4j keeps no global state: readers and the analysis are created inside each task, and
 * nothing but the file names and the options travel from the driver to the executors. The same
 * code therefore runs in local mode (the test), in several threads of one executor, and on a
 * cluster.
 *
 * <h2>Files on a cluster</h2>
 *
 * Plain paths and {@code file:} URIs are read where they are, so they must be visible to every
 * executor under the same name (a shared or network file system, the usual place of a lab's
 * recordings). Other Hadoop file systems ({@code hdfs:}, {@code s3a:}, {@code abfs:}, ...) are
 * copied by each task to a local temporary file first, read, and deleted; the driver's Hadoop
 * configuration (including {@code spark.hadoop.*} settings) is passed to the tasks for that. Per-
 * frame formats stored as folders (OpenPose JSON) must be on a local or shared file system.
 *
 * <h2>Running it</h2>
 *
 * <pre>
 * spark-submit --master yarn --deploy-mode cluster \
 *   --class org.gait4j.examples.spark.CohortAnalysis examples/target/gait.jar \
 *   --location LOWER_BACK --single-file hdfs:///cohort/summary 'hdfs:///cohort/raw/*&#47;*.cwa'
 * </pre>
 *
 * {@code gait.jar} holds gait4j and its dependencies but not Spark, which the cluster provides
 * (Spark 3.5, Scala 2.12 or 2.13; only Spark's Java API is used). On Java 17, {@code
 * spark-submit} adds the {@code --add-opens} options Spark needs to the driver and executors
 * itself; a JVM that starts Spark in other ways (a test, {@code java -cp}, an IDE) needs them on
 * its command line: see {@code spark.jvm.opens} in {@code examples/pom.xml}.
 */
@Command(name = "cohort-analysis", mixinStandardHelpOptions = true,
    description = "Analyse many recordings with Spark: one summary row per recording.")
public final class CohortAnalysis implements Callable<Integer> {

  /** How the rows are written. */
  public enum OutputFormat {
    /** Comma-separated with a header line; absent values are empty cells. */
    CSV,
    /** Apache Parquet, with the schema of {@link #SCHEMA}. */
    PARQUET
  }

  /** The columns of a summary row ({@link RecordingSummary#COLUMNS}) with their SQL types. */
  public static final StructType SCHEMA = schema();

  private static final Pattern GLOB = Pattern.compile("[*?\\[{]");
  /** A URI scheme (two characters at least, so that a Windows drive letter is a path). */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  @Parameters(index = "0", description = "Output folder.")
  String output;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
      description = "Recordings: paths, Hadoop globs, or @FILE listing one path per line.")
  List<String> inputs;

  @Option(names = "--location", paramLabel = "LOCATION",
      description = "Body location of the IMU of files with one IMU of unstated location.")
  BodyLocation location;

  @Option(names = "--format", description = "CSV or PARQUET (default ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.CSV;

  @Option(names = "--partitions",
      description = "Number of slices of the file list (default: 4 per core).")
  int partitions;

  @Option(names = "--single-file",
      description = "Write one file sorted by recording instead of one per partition.")
  boolean singleFile;

  @Option(names = "--overwrite", description = "Replace OUTPUT if it exists.")
  boolean overwrite;

  /** Runs the job with the session {@code spark-submit} (or the environment) configures. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new CohortAnalysis()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSession.builder().appName("gait4j cohort analysis").getOrCreate();
    try {
      run(spark);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the command line {@code args} on an existing session (which stays open): for tests and
   * for embedding in a larger Spark application.
   *
   * @return the exit code: 0 on success, 2 for a usage error
   */
  public static int run(SparkSession spark, String... args) {
    CohortAnalysis job = new CohortAnalysis();
    CommandLine cli = new CommandLine(job);
    try {
      cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      cli.getErr().println(e.getMessage());
      return 2;
    }
    job.run(spark);
    return 0;
  }

  private void run(SparkSession spark) {
    List<String> files = expand(spark, inputs);
    Dataset<Row> rows = summarise(spark, files, Optional.ofNullable(location), partitions);
    if (singleFile) {
      rows = rows.repartition(1).sortWithinPartitions("file");
    }
    var writer = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
    if (format == OutputFormat.CSV) {
      writer.option("header", "true").csv(output);
    } else {
      writer.parquet(output);
    }
  }

  /**
   * The summary rows of {@code files} ({@link #SCHEMA}), one per file, computed lazily by the
   * executors.
   *
   * @param files paths or Hadoop URIs, each reported as given in the {@code file} column
   * @param imuLocation location for the single IMU of files that do not state it
   * @param partitions slices of the file list; 0 for four per core
   */
  public static Dataset<Row> summarise(SparkSession spark, List<String> files,
      Optional<BodyLocation> imuLocation, int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = partitions > 0 ? partitions
        : Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
    Map<String, String> hadoopConf = new HashMap<>();
    if (files.stream().anyMatch(f -> SCHEME.matcher(f).matches() && !f.startsWith("file:"))) {
      for (Map.Entry<String, String> e : jsc.hadoopConfiguration()) {
        hadoopConf.put(e.getKey(), e.getValue());
      }
    }
    JavaRDD<Row> rows = jsc.parallelize(files, slices)
        .mapPartitions(new SummariseFiles(imuLocation.orElse(null), hadoopConf));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * The recordings {@code inputs} name: globs expanded with the Hadoop file system of their
   * scheme (files and folders that match, sorted), {@code @FILE} replaced by its lines (blank
   * lines and lines starting with {@code #} skipped), anything else kept as given, so that a
   * missing file becomes an error row rather than vanishing.
   */
  public static List<String> expand(SparkSession spark, List<String> inputs) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> out = new ArrayList<>();
    try {
      for (String in : inputs) {
        if (in.startsWith("@")) {
          org.apache.hadoop.fs.Path list = new org.apache.hadoop.fs.Path(in.substring(1));
          try (InputStream s = list.getFileSystem(conf).open(list)) {
            for (String line : new String(s.readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
              String l = line.strip();
              if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(l);
              }
            }
          }
        } else if (GLOB.matcher(in).find()) {
          org.apache.hadoop.fs.Path glob = new org.apache.hadoop.fs.Path(in);
          FileStatus[] found = glob.getFileSystem(conf).globStatus(glob);
          List<String> matched = new ArrayList<>();
          for (FileStatus f : found == null ? new FileStatus[0] : found) {
            matched.add(f.getPath().toString());
          }
          matched.sort(null);
          out.addAll(matched);
        } else {
          out.add(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : RecordingSummary.COLUMNS) {
      DataType t = switch (c) {
        case "file", "format", "modality", "notes", "error" -> DataTypes.StringType;
        case "cycles" -> DataTypes.IntegerType;
        default -> DataTypes.DoubleType;
      };
      fields.add(DataTypes.createStructField(c, t, !c.equals("file") && !c.equals("cycles")));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The task: summarises each file of a partition, one at a time. Holds only the options; the
   * readers and the analysis are made per file, inside the executor.
   */
  static final class SummariseFiles implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;

    /** Location for the one IMU of unstated location; null to keep locations as read. */
    private final BodyLocation imuLocation;
    /** The driver's Hadoop settings, for files on other file systems; empty if none are. */
    private final HashMap<String, String> hadoopConf;

    SummariseFiles(BodyLocation imuLocation, Map<String, String> hadoopConf) {
      this.imuLocation = imuLocation;
      this.hadoopConf = new HashMap<>(hadoopConf);
    }

    @Override
    public Iterator<Row> call(Iterator<String> files) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return files.hasNext();
        }

        @Override
        public Row next() {
          return RowFactory.create(summarise(files.next()).values());
        }
      };
    }

    private RecordingSummary summarise(String file) {
      Optional<BodyLocation> loc = Optional.ofNullable(imuLocation);
      if (!SCHEME.matcher(file).matches()) {
        return RecordingSummary.of(file, Path.of(file), loc);
      }
      if (file.startsWith("file:")) {
        // Hadoop's form of a local path (file:/data/a b.c3d), not always a valid java.net.URI.
        String local = new org.apache.hadoop.fs.Path(file).toUri().getPath();
        return RecordingSummary.of(file, Path.of(local), loc);
      }
      Path local = null;
      try {
        local = copyToLocal(file);
        return RecordingSummary.of(file, local, loc);
      } catch (IOException | RuntimeException e) {
        return RecordingSummary.failed(file, Optional.empty(), e);
      } finally {
        if (local != null) {
          try {
            Files.deleteIfExists(local);
          } catch (IOException ignored) {
            // a temporary file left behind is harmless; the executor's temp folder is cleaned
          }
        }
      }
    }

    /** Copies a file of another file system to a local temporary file with the same name end. */
    private Path copyToLocal(String file) throws IOException {
      Configuration conf = new Configuration();
      hadoopConf.forEach(conf::set);
      org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(file);
      String name = src.getName();
      int dot = name.lastIndexOf('.');
      Path tmp = Files.createTempFile("gait4j-", dot < 0 ? "" : name.substring(dot));
      try (InputStream in = src.getFileSystem(conf).open(src)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      return tmp;
    }
  }

  private CohortAnalysis() {}
}
