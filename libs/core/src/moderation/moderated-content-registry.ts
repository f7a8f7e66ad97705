import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { MODERATED_CONTENT_METADATA_KEY, type ContentKind, type ModeratedContentSource } from './moderated-content';

/** Every `@ModeratedContent()` source of the application, one per kind of content. */
@Injectable()
export class ModeratedContentRegistry implements OnModuleInit {
  private readonly sources = new Map<ContentKind, ModeratedContentSource>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders({ metadataKey: MODERATED_CONTENT_METADATA_KEY })
      .map((wrapper): unknown => wrapper.instance)
      .filter((instance): instance is ModeratedContentSource => typeof instance === 'object' && instance !== null);
    for (const source of found) {
      const existing = this.sources.get(source.kind);
      // The same class provided by an API and a worker module is one source.
      if (existing && existing.constructor !== source.constructor) {
        throw new Error(`Two moderated content sources for ${source.kind}: ${existing.constructor.name} and ${source.constructor.name}`);
      }
      this.sources.set(source.kind, source);
    }
  }

  /** The source for a kind; a kind without one is a wiring mistake, named at once. */
  get(kind: ContentKind): ModeratedContentSource {
    const source = this.sources.get(kind);
    if (!source) throw new Error(`No moderated content source for ${kind}`);
    return source;
  }
}
