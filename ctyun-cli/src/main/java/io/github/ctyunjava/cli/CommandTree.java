package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.common.HelpOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Builds the command tree on demand, so that a command only pays for the part of the tree it uses:
 * {@code ctyun --version} reads no catalogue, {@code ctyun vpc list-vpcs} builds one operation and
 * not 61, and the emulator's commands stay unloaded unless run.
 *
 * <p>A subcommand starts as a <em>pending</em> command that only has a name and accepts any
 * arguments. Picocli itself then parses the arguments against the tree; each pending command the
 * parse goes through is replaced by its real model, and the arguments are parsed again, until the
 * path of the command line is real. Where the usage of the last command may be shown (help, usage
 * errors), its direct subcommands are built too, so the help lists them exactly as before; {@code
 * ctyun help} and {@code ctyun completion} (marked {@link NeedsWholeTree}) build everything.
 */
final class CommandTree {
  /** A command that reads the whole tree (help of any command, a completion script). */
  interface NeedsWholeTree {}

  /** Enough for the deepest path (top, group, operation) plus an error on the way. */
  private static final int MAX_ROUNDS = 8;

  /** The order each parent lists its subcommands in, whatever order they were built in. */
  private final Map<CommandSpec, List<String>> order = new IdentityHashMap<>();

  /** The pending subcommands of this tree and how to build each. */
  private final Map<CommandLine, Supplier<CommandLine>> pending = new IdentityHashMap<>();

  /**
   * Adds a pending subcommand {@code name} to {@code parent}; {@code build} makes its real model
   * when the arguments reach it.
   */
  void addPending(CommandLine parent, String name, Supplier<CommandLine> build) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(new Unbuilt(name));
    spec.name(name);
    spec.parser().unmatchedArgumentsAllowed(true);
    CommandLine cl = new CommandLine(spec);
    keepOrder(parent).add(name);
    // no help options: a pending command takes any arguments, and is built before it runs or
    // prints anything (a signed call adds some 40 pending commands)
    parent.addSubcommand(name, cl);
    pending.put(cl, build);
  }

  /** Adds a real subcommand to {@code parent}, listed in the order of the calls. */
  void add(CommandLine parent, String name, CommandLine sub) {
    keepOrder(parent).add(name);
    addSubcommand(parent, name, sub);
  }

  /** Adds {@code sub} with the standard help options, where picocli's mixin would put them. */
  private static void addSubcommand(CommandLine parent, String name, CommandLine sub) {
    HelpOptions.addToTree(sub);
    parent.addSubcommand(name, sub);
  }

  /**
   * Builds the pending commands that {@code args} reach, and the subcommands of the last command
   * when its usage may be shown. {@code configure} applies the command line's settings to the tree;
   * it runs before each parse (the settings change how arguments parse) and at the end (the
   * settings reach only subcommands that exist when they are applied).
   */
  void buildFor(CommandLine root, String[] args, Runnable configure) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      configure.run();
      Path path = parse(root, args);
      if (path == null) {
        buildAll(root);
        break;
      }
      CommandLine next = firstPending(path.commands);
      if (next != null) {
        build(next);
        continue;
      }
      if (path.commands.stream().anyMatch(CommandTree::needsWholeTree)) {
        buildAll(root);
      } else if (path.mayShowUsage) {
        buildChildren(path.commands.get(path.commands.size() - 1));
      }
      break;
    }
    configure.run();
  }

  /** Builds every pending command under {@code cmd}, recursively. */
  void buildAll(CommandLine cmd) {
    buildChildren(cmd);
    for (CommandLine sub : distinct(cmd.getSubcommands())) {
      buildAll(sub);
    }
  }

  private void buildChildren(CommandLine cmd) {
    for (CommandLine sub : distinct(cmd.getSubcommands())) {
      if (pending.containsKey(sub)) {
        build(sub);
      }
    }
  }

  /** Replaces the pending {@code placeholder} by its real model, under the same name. */
  private void build(CommandLine placeholder) {
    Supplier<CommandLine> builder = pending.remove(placeholder);
    CommandLine parent = placeholder.getParent();
    String name = placeholder.getCommandName();
    parent.getCommandSpec().removeSubcommand(name);
    addSubcommand(parent, name, builder.get());
  }

  /** Whether {@code cmd} has its real model (it is not a pending command). */
  static boolean isBuilt(CommandLine cmd) {
    return !(cmd.getCommand() instanceof Unbuilt);
  }

  private CommandLine firstPending(List<CommandLine> commands) {
    for (CommandLine c : commands) {
      if (pending.containsKey(c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean needsWholeTree(CommandLine c) {
    return c.getCommandSpec().helpCommand() || c.getCommand() instanceof NeedsWholeTree;
  }

  /** The commands {@code args} go through, or null when they do not parse for another reason. */
  private static Path parse(CommandLine root, String[] args) {
    try {
      ParseResult result = root.parseArgs(args);
      ParseResult leaf = result;
      while (leaf.hasSubcommand()) {
        leaf = leaf.subcommand();
      }
      return new Path(result.asCommandLineList(), !leaf.isVersionHelpRequested());
    } catch (ParameterException e) {
      List<CommandLine> commands = new ArrayList<>();
      for (CommandLine c = e.getCommandLine(); c != null; c = c.getParent()) {
        commands.add(0, c);
      }
      return new Path(commands, true);
    } catch (RuntimeException e) {
      return null; // let the real parse report it, over the whole tree
    }
  }

  private static List<CommandLine> distinct(Map<String, CommandLine> subcommands) {
    List<CommandLine> out = new ArrayList<>();
    for (CommandLine c : subcommands.values()) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The names {@code parent} lists its subcommands in. Building a pending command re-adds it last,
   * so the usage help sorts the list by this order instead of the order of building.
   */
  private List<String> keepOrder(CommandLine parent) {
    CommandSpec spec = parent.getCommandSpec();
    List<String> names = order.get(spec);
    if (names == null) {
      List<String> created = new ArrayList<>(spec.subcommands().keySet());
      order.put(spec, created);
      Map<String, CommandLine.IHelpSectionRenderer> sections =
          new LinkedHashMap<>(parent.getHelpSectionMap());
      sections.put(
          CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
          help -> help.commandList(inOrder(help.subcommands(), created)));
      parent.setHelpSectionMap(sections);
      names = created;
    }
    return names;
  }

  private static Map<String, Help> inOrder(Map<String, Help> subcommands, List<String> names) {
    Map<String, Help> out = new LinkedHashMap<>();
    for (String name : names) {
      Help h = subcommands.get(name);
      if (h != null) {
        out.put(name, h);
      }
    }
    out.putAll(subcommands); // keeps the position of those already listed
    return Collections.unmodifiableMap(out);
  }

  /** The commands a parse went through, and whether the last one may print its usage. */
  private record Path(List<CommandLine> commands, boolean mayShowUsage) {}

  /** The user object of a pending command; never runs, as a pending command is always built. */
  private record Unbuilt(String name) implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("command '" + name + "' was not built");
    }
  }
}
