import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentModule } from '@kindred/consent';
import { IdentityModule } from '@kindred/identity';
import { DiaryEntriesResolver } from './entries/diary-entries.resolver';
import { DiaryEntriesService } from './entries/diary-entries.service';
import { DiaryEntry } from './entries/diary-entry.entity';
import { DiaryEntryPresenter } from './entries/diary-entry.presenter';
import { DiaryEntryShare } from './sharing/diary-entry-share.entity';
import { DiarySharingResolver } from './sharing/diary-sharing.resolver';
import { DiarySharingService } from './sharing/diary-sharing.service';
import { SharedDiaryAccess } from './sharing/shared-diary-access';

export const DIARY_ENTITIES = [DiaryEntry, DiaryEntryShare];

/** API side of the health diary: a member's private entries, their search, and sharing them one by one. Needs FieldCipher from core's global CryptoModule. */
@Module({
  imports: [TypeOrmModule.forFeature(DIARY_ENTITIES), IdentityModule, ConsentModule],
  providers: [DiaryEntriesService, DiaryEntryPresenter, DiarySharingService, SharedDiaryAccess, DiaryEntriesResolver, DiarySharingResolver],
})
export class DiaryModule {}
