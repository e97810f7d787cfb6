package org.vaeexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers: data, models, training and exploring know nothing of JavaFX or of the UI; view models hold no controls. */
@AnalyzeClasses(packages = "org.vaeexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.vaeexplorer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
            .because("only the UI package may import JavaFX");

    @ArchTest
    static final ArchRule coreLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("org.vaeexplorer.data..", "org.vaeexplorer.model..",
                    "org.vaeexplorer.training..", "org.vaeexplorer.checkpoint..", "org.vaeexplorer.explore..",
                    "org.vaeexplorer.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vaeexplorer.ui..", "org.vaeexplorer.cli..")
            .because("the engine is used by both the UI and the command line");

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
}
