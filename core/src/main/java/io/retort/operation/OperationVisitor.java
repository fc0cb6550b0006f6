package io.retort.operation;

/**
 * One method per kind of operation, so a dialect renderer that implements it is checked for
 * completeness by the compiler (the Java 17 stand-in for an exhaustive pattern switch).
 */
public interface OperationVisitor<R> {

    R createTable(CreateTable op);

    R dropTable(DropTable op);

    R renameTable(RenameTable op);

    R addColumn(AddColumn op);

    R dropColumn(DropColumn op);

    R alterColumn(AlterColumn op);

    R renameColumn(RenameColumn op);

    R createIndex(CreateIndex op);

    R dropIndex(DropIndex op);

    R addConstraint(AddConstraint op);

    R dropConstraint(DropConstraint op);

    R validateConstraint(ValidateConstraint op);

    R createSequence(CreateSequence op);

    R dropSequence(DropSequence op);

    R createEnum(CreateEnum op);

    R dropEnum(DropEnum op);

    R executeSql(ExecuteSql op);
}
