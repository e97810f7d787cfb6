package org.vaeexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.vaeexplorer.model.ModelKind;
import org.vaeexplorer.model.ModelSpec;
import org.vaeexplorer.model.family.ModelFamily;
import org.vaeexplorer.model.graph.GraphFamily;

/** The layers: data, models, training and exploring know nothing of JavaFX or of the UI; view models hold no controls. */
@AnalyzeClasses(packages = "org.vaeexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ENGINE = {"org.vaeexplorer.data..", "org.vaeexplorer.model..",
            "org.vaeexplorer.training..", "org.vaeexplorer.checkpoint..", "org.vaeexplorer.explore..",
            "org.vaeexplorer.metrics..", "org.vaeexplorer.run..", "org.vaeexplorer.platform.."};
    private static final String TRAIN = "org.vaeexplorer.ui.train..";
    private static final String EXPLORE = "org.vaeexplorer.ui.explore..";
    private static final String MODELS = "org.vaeexplorer.ui.models..";
    private static final String APP = "org.vaeexplorer.ui.app..";
    private static final String LESSONS = "org.vaeexplorer.ui.lessons..";
    private static final String FAMILIES = "org.vaeexplorer.model.family..";
    /** ModelKind's static fields are the built-in kinds' constants (its own name fields only it reads). */
    private static final DescribedPredicate<JavaFieldAccess> A_KIND_CONSTANT = DescribedPredicate.describe(
            "a ModelKind constant", access -> access.getTargetOwner().isEquivalentTo(ModelKind.class));

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.vaeexplorer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("only the UI package may import JavaFX");

    @ArchTest
    static final ArchRule coreLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("org.vaeexplorer.ui..", "org.vaeexplorer.cli..")
            .because("the engine (with the run service and the platform setup) is used by both the UI and the "
                    + "command line");

    @ArchTest
    static final ArchRule dataKnowsNoModels = noClasses()
            .that().resideInAPackage("org.vaeexplorer.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vaeexplorer.model..",
                    "org.vaeexplorer.training..", "org.vaeexplorer.checkpoint..", "org.vaeexplorer.explore..",
                    "org.nd4j..")
            .because("the data layer reads images and nothing else");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..",
                    "org.controlsfx..")
            .because("view models are tested without the toolkit; views bind to them");

    @ArchTest
    static final ArchRule cliKnowsNoUi = noClasses()
            .that().resideInAPackage("org.vaeexplorer.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.vaeexplorer.ui..")
            .because("the command line must run without a display");

    @ArchTest
    static final ArchRule trainIsNoOtherPage = noClasses()
            .that().resideInAPackage(TRAIN)
            .should().dependOnClassesThat().resideInAnyPackage(EXPLORE, MODELS)
            .because("pages do not import each other; the app shell wires them together");

    @ArchTest
    static final ArchRule exploreIsNoOtherPage = noClasses()
            .that().resideInAPackage(EXPLORE)
            .should().dependOnClassesThat().resideInAnyPackage(TRAIN, MODELS)
            .because("pages do not import each other; the app shell wires them together");

    @ArchTest
    static final ArchRule modelsIsNoOtherPage = noClasses()
            .that().resideInAPackage(MODELS)
            .should().dependOnClassesThat().resideInAnyPackage(TRAIN, EXPLORE)
            .because("pages do not import each other; the app shell wires them together");

    @ArchTest
    static final ArchRule lessonsKnowNoPage = noClasses()
            .that().resideInAPackage(LESSONS)
            .should().dependOnClassesThat().resideInAnyPackage(TRAIN, EXPLORE, MODELS, APP)
            .because("a lesson acts on the pages only through LessonActions, which the app shell implements");

    @ArchTest
    static final ArchRule pagesKnowNoLessons = noClasses()
            .that().resideInAnyPackage(TRAIN, EXPLORE, MODELS, "org.vaeexplorer.ui.common..")
            .should().dependOnClassesThat().resideInAPackage(LESSONS)
            .because("the pages work the same with or without a lesson; the shell wires lessons to them");

    @ArchTest
    static final ArchRule onlyTheShellWiresPages = noClasses()
            .that().resideOutsideOfPackage(APP).and().doNotHaveFullyQualifiedName("org.vaeexplorer.Launcher")
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("only the app shell (and the jar's launcher, which opens it) knows the window and its pages");

    @ArchTest
    static final ArchRule commonKnowsNoPage = noClasses()
            .that().resideInAPackage("org.vaeexplorer.ui.common..")
            .should().dependOnClassesThat().resideInAnyPackage(TRAIN, EXPLORE, MODELS, APP)
            .because("the shared UI helpers serve every page and know none");

    @ArchTest
    static final ArchRule onlyCallersUseTheRunService = noClasses()
            .that().resideInAnyPackage("org.vaeexplorer.data..", "org.vaeexplorer.model..",
                    "org.vaeexplorer.training..", "org.vaeexplorer.checkpoint..", "org.vaeexplorer.explore..",
                    "org.vaeexplorer.metrics..", "org.vaeexplorer.platform..")
            .should().dependOnClassesThat().resideInAPackage("org.vaeexplorer.run..")
            .because("the run service assembles a run from the layers below it; the CLI and the UI call it");

    @ArchTest
    static final ArchRule platformStandsAlone = noClasses()
            .that().resideInAPackage("org.vaeexplorer.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vaeexplorer.data..", "org.vaeexplorer.model..",
                    "org.vaeexplorer.training..", "org.vaeexplorer.checkpoint..", "org.vaeexplorer.explore..",
                    "org.vaeexplorer.metrics..", "org.vaeexplorer.run..", "org.vaeexplorer.ui..",
                    "org.vaeexplorer.cli..")
            .because("process and native set-up runs before anything else loads");

    @ArchTest
    static final ArchRule modelsAreNotProcessSetup = noClasses()
            .that().resideInAPackage("org.vaeexplorer.model..")
            .should().dependOnClassesThat().resideInAPackage("org.vaeexplorer.platform..")
            .because("the model code is the math; choosing native builds is the launcher's job");

    @ArchTest
    static final ArchRule onlyFamiliesNameAKind = noClasses()
            .that().resideOutsideOfPackage(FAMILIES).and().doNotBelongToAnyOf(ModelKind.class, ModelSpec.class)
            .should().accessFieldWhere(A_KIND_CONSTANT)
            .because("what sets a kind apart is its ModelFamily's to say (and its configuration record's, in "
                    + "ModelSpec): ask the family, not which kind it is");

    @ArchTest
    static final ArchRule theBuiltInKindsAreFamiliesOfTheFamilyPackage = classes()
            .that().implement(ModelFamily.class).should().resideInAPackage(FAMILIES)
            .andShould().haveModifier(JavaModifier.PUBLIC)
            .because("ServiceLoader makes the families listed in META-INF/services (a public class with a public "
                    + "no-argument constructor), and a kind is known in its family's package only");

    @ArchTest
    static final ArchRule onlyFamiliesMakeAKind = noClasses()
            .that().resideOutsideOfPackage(FAMILIES).and().doNotBelongToAnyOf(ModelKind.class)
            .should().callConstructor(ModelKind.class, String.class, String.class)
            .because("a kind is its family's name: the rest finds it by name (ModelKind.named, parse, values)");

    @ArchTest
    static final ArchRule theExtensionRecordIsForKindsFromElsewhere = noClasses()
            .should().implement(ModelSpec.Extension.class)
            .because("a built-in kind's configuration record is one of ModelSpec's own; Extension is the hook "
                    + "of a kind that lives outside this jar");

    @ArchTest
    static final ArchRule onlyFamiliesReadStructuredSettings = noClasses()
            .that().resideOutsideOfPackage(FAMILIES)
            .should().callMethod(ModelSpec.Scvae.class, "structured")
            .because("whether a model completes images is a capability; its settings are its family's");

    @ArchTest
    static final ArchRule onlyFamiliesPickAGraphFamily = noClasses()
            .that().resideOutsideOfPackage(FAMILIES).and().doNotBelongToAnyOf(GraphFamily.class)
            .should().callMethod(GraphFamily.class, "encoderDecoder")
            .orShould().callMethod(GraphFamily.class, "structuredOutput")
            .because("which network a kind trains is its family's to say (ModelFamily.graph()); the rest asks "
                    + "GraphFamily.of(spec) and never which one it got");

    @ArchTest
    static final ArchRule onlyTheModelUsesNd4j = noClasses()
            .that().resideOutsideOfPackages("org.vaeexplorer.model..", "org.vaeexplorer.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
            .because("the engine's numbers stay behind the model's own types; the platform only starts the native "
                    + "backend before anything loads it");

    @ArchTest
    static final ArchRule theModelsInsidesStayInside = noClasses()
            .that().resideOutsideOfPackage("org.vaeexplorer.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vaeexplorer.model.graph..",
                    "org.vaeexplorer.model.objective..", "org.vaeexplorer.model.decoding..",
                    "org.vaeexplorer.model.io..")
            .because("the graphs, the objective's arithmetic, the fast decoders and the saved bytes are how a "
                    + "model works, not what it offers: they are public only so the model's own packages can "
                    + "share them, and the rest of the app asks VaeModel, ModelSize, the estimators and the "
                    + "settings");
}
