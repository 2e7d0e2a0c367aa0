//! `ResponseCode`: the 529 values of `m:ResponseCodeType`, kept open.
//!
//! Generated from `response-codes.txt` (the Exchange Online schema's enumeration, in
//! schema order). Servers send codes that are not listed; those are kept as
//! [`ResponseCode::Other`] with their text.

/// A response code (`NoError`, `ErrorServerBusy`, …). Parse with [`ResponseCode::parse`],
/// which ignores surrounding white space (fault details pad it with newlines).
///
/// ```
/// use ews_im::ResponseCode;
/// assert_eq!(ResponseCode::parse("\n  ErrorServerBusy\n"), ResponseCode::ErrorServerBusy);
/// assert_eq!(ResponseCode::parse("ErrorFromTheFuture"), ResponseCode::Other("ErrorFromTheFuture"));
/// assert_eq!(ResponseCode::ErrorServerBusy.as_str(), "ErrorServerBusy");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResponseCode<'a> {
    /// `NoError`.
    NoError,
    /// `ErrorAccessDenied`.
    ErrorAccessDenied,
    /// `ErrorAccessModeSpecified`.
    ErrorAccessModeSpecified,
    /// `ErrorAccountDisabled`.
    ErrorAccountDisabled,
    /// `ErrorAddDelegatesFailed`.
    ErrorAddDelegatesFailed,
    /// `ErrorAddressSpaceNotFound`.
    ErrorAddressSpaceNotFound,
    /// `ErrorADOperation`.
    ErrorADOperation,
    /// `ErrorADSessionFilter`.
    ErrorADSessionFilter,
    /// `ErrorADUnavailable`.
    ErrorADUnavailable,
    /// `ErrorServiceUnavailable`.
    ErrorServiceUnavailable,
    /// `ErrorAutoDiscoverFailed`.
    ErrorAutoDiscoverFailed,
    /// `ErrorAffectedTaskOccurrencesRequired`.
    ErrorAffectedTaskOccurrencesRequired,
    /// `ErrorAttachmentNestLevelLimitExceeded`.
    ErrorAttachmentNestLevelLimitExceeded,
    /// `ErrorAttachmentSizeLimitExceeded`.
    ErrorAttachmentSizeLimitExceeded,
    /// `ErrorArchiveFolderPathCreation`.
    ErrorArchiveFolderPathCreation,
    /// `ErrorArchiveMailboxNotEnabled`.
    ErrorArchiveMailboxNotEnabled,
    /// `ErrorArchiveMailboxServiceDiscoveryFailed`.
    ErrorArchiveMailboxServiceDiscoveryFailed,
    /// `ErrorAvailabilityConfigNotFound`.
    ErrorAvailabilityConfigNotFound,
    /// `ErrorBatchProcessingStopped`.
    ErrorBatchProcessingStopped,
    /// `ErrorCalendarCannotMoveOrCopyOccurrence`.
    ErrorCalendarCannotMoveOrCopyOccurrence,
    /// `ErrorCalendarCannotUpdateDeletedItem`.
    ErrorCalendarCannotUpdateDeletedItem,
    /// `ErrorCalendarCannotUseIdForOccurrenceId`.
    ErrorCalendarCannotUseIdForOccurrenceId,
    /// `ErrorCalendarCannotUseIdForRecurringMasterId`.
    ErrorCalendarCannotUseIdForRecurringMasterId,
    /// `ErrorCalendarDurationIsTooLong`.
    ErrorCalendarDurationIsTooLong,
    /// `ErrorCalendarEndDateIsEarlierThanStartDate`.
    ErrorCalendarEndDateIsEarlierThanStartDate,
    /// `ErrorCalendarFolderIsInvalidForCalendarView`.
    ErrorCalendarFolderIsInvalidForCalendarView,
    /// `ErrorCalendarInvalidAttributeValue`.
    ErrorCalendarInvalidAttributeValue,
    /// `ErrorCalendarInvalidDayForTimeChangePattern`.
    ErrorCalendarInvalidDayForTimeChangePattern,
    /// `ErrorCalendarInvalidDayForWeeklyRecurrence`.
    ErrorCalendarInvalidDayForWeeklyRecurrence,
    /// `ErrorCalendarInvalidPropertyState`.
    ErrorCalendarInvalidPropertyState,
    /// `ErrorCalendarInvalidPropertyValue`.
    ErrorCalendarInvalidPropertyValue,
    /// `ErrorCalendarInvalidRecurrence`.
    ErrorCalendarInvalidRecurrence,
    /// `ErrorCalendarInvalidTimeZone`.
    ErrorCalendarInvalidTimeZone,
    /// `ErrorCalendarIsCancelledForAccept`.
    ErrorCalendarIsCancelledForAccept,
    /// `ErrorCalendarIsCancelledForDecline`.
    ErrorCalendarIsCancelledForDecline,
    /// `ErrorCalendarIsCancelledForRemove`.
    ErrorCalendarIsCancelledForRemove,
    /// `ErrorCalendarIsCancelledForTentative`.
    ErrorCalendarIsCancelledForTentative,
    /// `ErrorCalendarIsDelegatedForAccept`.
    ErrorCalendarIsDelegatedForAccept,
    /// `ErrorCalendarIsDelegatedForDecline`.
    ErrorCalendarIsDelegatedForDecline,
    /// `ErrorCalendarIsDelegatedForRemove`.
    ErrorCalendarIsDelegatedForRemove,
    /// `ErrorCalendarIsDelegatedForTentative`.
    ErrorCalendarIsDelegatedForTentative,
    /// `ErrorCalendarIsNotOrganizer`.
    ErrorCalendarIsNotOrganizer,
    /// `ErrorCalendarIsOrganizerForAccept`.
    ErrorCalendarIsOrganizerForAccept,
    /// `ErrorCalendarIsOrganizerForDecline`.
    ErrorCalendarIsOrganizerForDecline,
    /// `ErrorCalendarIsOrganizerForRemove`.
    ErrorCalendarIsOrganizerForRemove,
    /// `ErrorCalendarIsOrganizerForTentative`.
    ErrorCalendarIsOrganizerForTentative,
    /// `ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange`.
    ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange,
    /// `ErrorCalendarOccurrenceIsDeletedFromRecurrence`.
    ErrorCalendarOccurrenceIsDeletedFromRecurrence,
    /// `ErrorCalendarOutOfRange`.
    ErrorCalendarOutOfRange,
    /// `ErrorCalendarMeetingRequestIsOutOfDate`.
    ErrorCalendarMeetingRequestIsOutOfDate,
    /// `ErrorCalendarViewRangeTooBig`.
    ErrorCalendarViewRangeTooBig,
    /// `ErrorCallerIsInvalidADAccount`.
    ErrorCallerIsInvalidADAccount,
    /// `ErrorCannotAccessDeletedPublicFolder`.
    ErrorCannotAccessDeletedPublicFolder,
    /// `ErrorCannotArchiveCalendarContactTaskFolderException`.
    ErrorCannotArchiveCalendarContactTaskFolderException,
    /// `ErrorCannotArchiveItemsInPublicFolders`.
    ErrorCannotArchiveItemsInPublicFolders,
    /// `ErrorCannotArchiveItemsInArchiveMailbox`.
    ErrorCannotArchiveItemsInArchiveMailbox,
    /// `ErrorCannotCreateCalendarItemInNonCalendarFolder`.
    ErrorCannotCreateCalendarItemInNonCalendarFolder,
    /// `ErrorCannotCreateContactInNonContactFolder`.
    ErrorCannotCreateContactInNonContactFolder,
    /// `ErrorCannotCreatePostItemInNonMailFolder`.
    ErrorCannotCreatePostItemInNonMailFolder,
    /// `ErrorCannotCreateTaskInNonTaskFolder`.
    ErrorCannotCreateTaskInNonTaskFolder,
    /// `ErrorCannotDeleteObject`.
    ErrorCannotDeleteObject,
    /// `ErrorCannotDisableMandatoryExtension`.
    ErrorCannotDisableMandatoryExtension,
    /// `ErrorCannotFindUser`.
    ErrorCannotFindUser,
    /// `ErrorCannotGetSourceFolderPath`.
    ErrorCannotGetSourceFolderPath,
    /// `ErrorCannotGetExternalEcpUrl`.
    ErrorCannotGetExternalEcpUrl,
    /// `ErrorCannotOpenFileAttachment`.
    ErrorCannotOpenFileAttachment,
    /// `ErrorCannotDeleteTaskOccurrence`.
    ErrorCannotDeleteTaskOccurrence,
    /// `ErrorCannotEmptyFolder`.
    ErrorCannotEmptyFolder,
    /// `ErrorCannotSetCalendarPermissionOnNonCalendarFolder`.
    ErrorCannotSetCalendarPermissionOnNonCalendarFolder,
    /// `ErrorCannotSetNonCalendarPermissionOnCalendarFolder`.
    ErrorCannotSetNonCalendarPermissionOnCalendarFolder,
    /// `ErrorCannotSetPermissionUnknownEntries`.
    ErrorCannotSetPermissionUnknownEntries,
    /// `ErrorCannotSpecifySearchFolderAsSourceFolder`.
    ErrorCannotSpecifySearchFolderAsSourceFolder,
    /// `ErrorCannotUseFolderIdForItemId`.
    ErrorCannotUseFolderIdForItemId,
    /// `ErrorCannotUseItemIdForFolderId`.
    ErrorCannotUseItemIdForFolderId,
    /// `ErrorChangeKeyRequired`.
    ErrorChangeKeyRequired,
    /// `ErrorChangeKeyRequiredForWriteOperations`.
    ErrorChangeKeyRequiredForWriteOperations,
    /// `ErrorClientDisconnected`.
    ErrorClientDisconnected,
    /// `ErrorClientIntentInvalidStateDefinition`.
    ErrorClientIntentInvalidStateDefinition,
    /// `ErrorClientIntentNotFound`.
    ErrorClientIntentNotFound,
    /// `ErrorConnectionFailed`.
    ErrorConnectionFailed,
    /// `ErrorContainsFilterWrongType`.
    ErrorContainsFilterWrongType,
    /// `ErrorContentConversionFailed`.
    ErrorContentConversionFailed,
    /// `ErrorContentIndexingNotEnabled`.
    ErrorContentIndexingNotEnabled,
    /// `ErrorCorruptData`.
    ErrorCorruptData,
    /// `ErrorCreateItemAccessDenied`.
    ErrorCreateItemAccessDenied,
    /// `ErrorCreateManagedFolderPartialCompletion`.
    ErrorCreateManagedFolderPartialCompletion,
    /// `ErrorCreateSubfolderAccessDenied`.
    ErrorCreateSubfolderAccessDenied,
    /// `ErrorCrossMailboxMoveCopy`.
    ErrorCrossMailboxMoveCopy,
    /// `ErrorCrossSiteRequest`.
    ErrorCrossSiteRequest,
    /// `ErrorDataSizeLimitExceeded`.
    ErrorDataSizeLimitExceeded,
    /// `ErrorDataSourceOperation`.
    ErrorDataSourceOperation,
    /// `ErrorDelegateAlreadyExists`.
    ErrorDelegateAlreadyExists,
    /// `ErrorDelegateCannotAddOwner`.
    ErrorDelegateCannotAddOwner,
    /// `ErrorDelegateMissingConfiguration`.
    ErrorDelegateMissingConfiguration,
    /// `ErrorDelegateNoUser`.
    ErrorDelegateNoUser,
    /// `ErrorDelegateValidationFailed`.
    ErrorDelegateValidationFailed,
    /// `ErrorDeleteDistinguishedFolder`.
    ErrorDeleteDistinguishedFolder,
    /// `ErrorDeleteItemsFailed`.
    ErrorDeleteItemsFailed,
    /// `ErrorDeleteUnifiedMessagingPromptFailed`.
    ErrorDeleteUnifiedMessagingPromptFailed,
    /// `ErrorDistinguishedUserNotSupported`.
    ErrorDistinguishedUserNotSupported,
    /// `ErrorDistributionListMemberNotExist`.
    ErrorDistributionListMemberNotExist,
    /// `ErrorDuplicateInputFolderNames`.
    ErrorDuplicateInputFolderNames,
    /// `ErrorDuplicateUserIdsSpecified`.
    ErrorDuplicateUserIdsSpecified,
    /// `ErrorDuplicateTransactionId`.
    ErrorDuplicateTransactionId,
    /// `ErrorEmailAddressMismatch`.
    ErrorEmailAddressMismatch,
    /// `ErrorEventNotFound`.
    ErrorEventNotFound,
    /// `ErrorExceededConnectionCount`.
    ErrorExceededConnectionCount,
    /// `ErrorExceededSubscriptionCount`.
    ErrorExceededSubscriptionCount,
    /// `ErrorExceededFindCountLimit`.
    ErrorExceededFindCountLimit,
    /// `ErrorExpiredSubscription`.
    ErrorExpiredSubscription,
    /// `ErrorExtensionNotFound`.
    ErrorExtensionNotFound,
    /// `ErrorExtensionsNotAuthorized`.
    ErrorExtensionsNotAuthorized,
    /// `ErrorFolderCorrupt`.
    ErrorFolderCorrupt,
    /// `ErrorFolderNotFound`.
    ErrorFolderNotFound,
    /// `ErrorFolderPropertRequestFailed`.
    ErrorFolderPropertRequestFailed,
    /// `ErrorFolderSave`.
    ErrorFolderSave,
    /// `ErrorFolderSaveFailed`.
    ErrorFolderSaveFailed,
    /// `ErrorFolderSavePropertyError`.
    ErrorFolderSavePropertyError,
    /// `ErrorFolderExists`.
    ErrorFolderExists,
    /// `ErrorFreeBusyGenerationFailed`.
    ErrorFreeBusyGenerationFailed,
    /// `ErrorGetServerSecurityDescriptorFailed`.
    ErrorGetServerSecurityDescriptorFailed,
    /// `ErrorImContactLimitReached`.
    ErrorImContactLimitReached,
    /// `ErrorImGroupDisplayNameAlreadyExists`.
    ErrorImGroupDisplayNameAlreadyExists,
    /// `ErrorImGroupLimitReached`.
    ErrorImGroupLimitReached,
    /// `ErrorImpersonateUserDenied`.
    ErrorImpersonateUserDenied,
    /// `ErrorImpersonationDenied`.
    ErrorImpersonationDenied,
    /// `ErrorImpersonationFailed`.
    ErrorImpersonationFailed,
    /// `ErrorIncorrectSchemaVersion`.
    ErrorIncorrectSchemaVersion,
    /// `ErrorIncorrectUpdatePropertyCount`.
    ErrorIncorrectUpdatePropertyCount,
    /// `ErrorIndividualMailboxLimitReached`.
    ErrorIndividualMailboxLimitReached,
    /// `ErrorInsufficientResources`.
    ErrorInsufficientResources,
    /// `ErrorInternalServerError`.
    ErrorInternalServerError,
    /// `ErrorInternalServerTransientError`.
    ErrorInternalServerTransientError,
    /// `ErrorInvalidAccessLevel`.
    ErrorInvalidAccessLevel,
    /// `ErrorInvalidArgument`.
    ErrorInvalidArgument,
    /// `ErrorInvalidAttachmentId`.
    ErrorInvalidAttachmentId,
    /// `ErrorInvalidAttachmentSubfilter`.
    ErrorInvalidAttachmentSubfilter,
    /// `ErrorInvalidAttachmentSubfilterTextFilter`.
    ErrorInvalidAttachmentSubfilterTextFilter,
    /// `ErrorInvalidAuthorizationContext`.
    ErrorInvalidAuthorizationContext,
    /// `ErrorInvalidChangeKey`.
    ErrorInvalidChangeKey,
    /// `ErrorInvalidClientSecurityContext`.
    ErrorInvalidClientSecurityContext,
    /// `ErrorInvalidCompleteDate`.
    ErrorInvalidCompleteDate,
    /// `ErrorInvalidContactEmailAddress`.
    ErrorInvalidContactEmailAddress,
    /// `ErrorInvalidContactEmailIndex`.
    ErrorInvalidContactEmailIndex,
    /// `ErrorInvalidCrossForestCredentials`.
    ErrorInvalidCrossForestCredentials,
    /// `ErrorInvalidDelegatePermission`.
    ErrorInvalidDelegatePermission,
    /// `ErrorInvalidDelegateUserId`.
    ErrorInvalidDelegateUserId,
    /// `ErrorInvalidExcludesRestriction`.
    ErrorInvalidExcludesRestriction,
    /// `ErrorInvalidExpressionTypeForSubFilter`.
    ErrorInvalidExpressionTypeForSubFilter,
    /// `ErrorInvalidExtendedProperty`.
    ErrorInvalidExtendedProperty,
    /// `ErrorInvalidExtendedPropertyValue`.
    ErrorInvalidExtendedPropertyValue,
    /// `ErrorInvalidFolderId`.
    ErrorInvalidFolderId,
    /// `ErrorInvalidFolderTypeForOperation`.
    ErrorInvalidFolderTypeForOperation,
    /// `ErrorInvalidFractionalPagingParameters`.
    ErrorInvalidFractionalPagingParameters,
    /// `ErrorInvalidFreeBusyViewType`.
    ErrorInvalidFreeBusyViewType,
    /// `ErrorInvalidId`.
    ErrorInvalidId,
    /// `ErrorInvalidIdEmpty`.
    ErrorInvalidIdEmpty,
    /// `ErrorInvalidIdMalformed`.
    ErrorInvalidIdMalformed,
    /// `ErrorInvalidIdMalformedEwsLegacyIdFormat`.
    ErrorInvalidIdMalformedEwsLegacyIdFormat,
    /// `ErrorInvalidIdMonikerTooLong`.
    ErrorInvalidIdMonikerTooLong,
    /// `ErrorInvalidIdNotAnItemAttachmentId`.
    ErrorInvalidIdNotAnItemAttachmentId,
    /// `ErrorInvalidIdReturnedByResolveNames`.
    ErrorInvalidIdReturnedByResolveNames,
    /// `ErrorInvalidIdStoreObjectIdTooLong`.
    ErrorInvalidIdStoreObjectIdTooLong,
    /// `ErrorInvalidIdTooManyAttachmentLevels`.
    ErrorInvalidIdTooManyAttachmentLevels,
    /// `ErrorInvalidIdXml`.
    ErrorInvalidIdXml,
    /// `ErrorInvalidImContactId`.
    ErrorInvalidImContactId,
    /// `ErrorInvalidImDistributionGroupSmtpAddress`.
    ErrorInvalidImDistributionGroupSmtpAddress,
    /// `ErrorInvalidImGroupId`.
    ErrorInvalidImGroupId,
    /// `ErrorInvalidIndexedPagingParameters`.
    ErrorInvalidIndexedPagingParameters,
    /// `ErrorInvalidInternetHeaderChildNodes`.
    ErrorInvalidInternetHeaderChildNodes,
    /// `ErrorInvalidItemForOperationArchiveItem`.
    ErrorInvalidItemForOperationArchiveItem,
    /// `ErrorInvalidItemForOperationCreateItemAttachment`.
    ErrorInvalidItemForOperationCreateItemAttachment,
    /// `ErrorInvalidItemForOperationCreateItem`.
    ErrorInvalidItemForOperationCreateItem,
    /// `ErrorInvalidItemForOperationAcceptItem`.
    ErrorInvalidItemForOperationAcceptItem,
    /// `ErrorInvalidItemForOperationDeclineItem`.
    ErrorInvalidItemForOperationDeclineItem,
    /// `ErrorInvalidItemForOperationCancelItem`.
    ErrorInvalidItemForOperationCancelItem,
    /// `ErrorInvalidItemForOperationExpandDL`.
    ErrorInvalidItemForOperationExpandDL,
    /// `ErrorInvalidItemForOperationRemoveItem`.
    ErrorInvalidItemForOperationRemoveItem,
    /// `ErrorInvalidItemForOperationSendItem`.
    ErrorInvalidItemForOperationSendItem,
    /// `ErrorInvalidItemForOperationTentative`.
    ErrorInvalidItemForOperationTentative,
    /// `ErrorInvalidLogonType`.
    ErrorInvalidLogonType,
    /// `ErrorInvalidLikeRequest`.
    ErrorInvalidLikeRequest,
    /// `ErrorInvalidMailbox`.
    ErrorInvalidMailbox,
    /// `ErrorInvalidManagedFolderProperty`.
    ErrorInvalidManagedFolderProperty,
    /// `ErrorInvalidManagedFolderQuota`.
    ErrorInvalidManagedFolderQuota,
    /// `ErrorInvalidManagedFolderSize`.
    ErrorInvalidManagedFolderSize,
    /// `ErrorInvalidMergedFreeBusyInterval`.
    ErrorInvalidMergedFreeBusyInterval,
    /// `ErrorInvalidNameForNameResolution`.
    ErrorInvalidNameForNameResolution,
    /// `ErrorInvalidOperation`.
    ErrorInvalidOperation,
    /// `ErrorInvalidNetworkServiceContext`.
    ErrorInvalidNetworkServiceContext,
    /// `ErrorInvalidOofParameter`.
    ErrorInvalidOofParameter,
    /// `ErrorInvalidPagingMaxRows`.
    ErrorInvalidPagingMaxRows,
    /// `ErrorInvalidParentFolder`.
    ErrorInvalidParentFolder,
    /// `ErrorInvalidPercentCompleteValue`.
    ErrorInvalidPercentCompleteValue,
    /// `ErrorInvalidPermissionSettings`.
    ErrorInvalidPermissionSettings,
    /// `ErrorInvalidPhoneCallId`.
    ErrorInvalidPhoneCallId,
    /// `ErrorInvalidPhoneNumber`.
    ErrorInvalidPhoneNumber,
    /// `ErrorInvalidUserInfo`.
    ErrorInvalidUserInfo,
    /// `ErrorInvalidPropertyAppend`.
    ErrorInvalidPropertyAppend,
    /// `ErrorInvalidPropertyDelete`.
    ErrorInvalidPropertyDelete,
    /// `ErrorInvalidPropertyForExists`.
    ErrorInvalidPropertyForExists,
    /// `ErrorInvalidPropertyForOperation`.
    ErrorInvalidPropertyForOperation,
    /// `ErrorInvalidPropertyRequest`.
    ErrorInvalidPropertyRequest,
    /// `ErrorInvalidPropertySet`.
    ErrorInvalidPropertySet,
    /// `ErrorInvalidPropertyUpdateSentMessage`.
    ErrorInvalidPropertyUpdateSentMessage,
    /// `ErrorInvalidProxySecurityContext`.
    ErrorInvalidProxySecurityContext,
    /// `ErrorInvalidPullSubscriptionId`.
    ErrorInvalidPullSubscriptionId,
    /// `ErrorInvalidPushSubscriptionUrl`.
    ErrorInvalidPushSubscriptionUrl,
    /// `ErrorInvalidRecipients`.
    ErrorInvalidRecipients,
    /// `ErrorInvalidRecipientSubfilter`.
    ErrorInvalidRecipientSubfilter,
    /// `ErrorInvalidRecipientSubfilterComparison`.
    ErrorInvalidRecipientSubfilterComparison,
    /// `ErrorInvalidRecipientSubfilterOrder`.
    ErrorInvalidRecipientSubfilterOrder,
    /// `ErrorInvalidRecipientSubfilterTextFilter`.
    ErrorInvalidRecipientSubfilterTextFilter,
    /// `ErrorInvalidReferenceItem`.
    ErrorInvalidReferenceItem,
    /// `ErrorInvalidRequest`.
    ErrorInvalidRequest,
    /// `ErrorInvalidRestriction`.
    ErrorInvalidRestriction,
    /// `ErrorInvalidRetentionTagTypeMismatch`.
    ErrorInvalidRetentionTagTypeMismatch,
    /// `ErrorInvalidRetentionTagInvisible`.
    ErrorInvalidRetentionTagInvisible,
    /// `ErrorInvalidRetentionTagInheritance`.
    ErrorInvalidRetentionTagInheritance,
    /// `ErrorInvalidRetentionTagIdGuid`.
    ErrorInvalidRetentionTagIdGuid,
    /// `ErrorInvalidRoutingType`.
    ErrorInvalidRoutingType,
    /// `ErrorInvalidScheduledOofDuration`.
    ErrorInvalidScheduledOofDuration,
    /// `ErrorInvalidSchemaVersionForMailboxVersion`.
    ErrorInvalidSchemaVersionForMailboxVersion,
    /// `ErrorInvalidSecurityDescriptor`.
    ErrorInvalidSecurityDescriptor,
    /// `ErrorInvalidSendItemSaveSettings`.
    ErrorInvalidSendItemSaveSettings,
    /// `ErrorInvalidSerializedAccessToken`.
    ErrorInvalidSerializedAccessToken,
    /// `ErrorInvalidServerVersion`.
    ErrorInvalidServerVersion,
    /// `ErrorInvalidSid`.
    ErrorInvalidSid,
    /// `ErrorInvalidSIPUri`.
    ErrorInvalidSIPUri,
    /// `ErrorInvalidSmtpAddress`.
    ErrorInvalidSmtpAddress,
    /// `ErrorInvalidSubfilterType`.
    ErrorInvalidSubfilterType,
    /// `ErrorInvalidSubfilterTypeNotAttendeeType`.
    ErrorInvalidSubfilterTypeNotAttendeeType,
    /// `ErrorInvalidSubfilterTypeNotRecipientType`.
    ErrorInvalidSubfilterTypeNotRecipientType,
    /// `ErrorInvalidSubscription`.
    ErrorInvalidSubscription,
    /// `ErrorInvalidSubscriptionRequest`.
    ErrorInvalidSubscriptionRequest,
    /// `ErrorInvalidSyncStateData`.
    ErrorInvalidSyncStateData,
    /// `ErrorInvalidTimeInterval`.
    ErrorInvalidTimeInterval,
    /// `ErrorInvalidUserOofSettings`.
    ErrorInvalidUserOofSettings,
    /// `ErrorInvalidUserPrincipalName`.
    ErrorInvalidUserPrincipalName,
    /// `ErrorInvalidUserSid`.
    ErrorInvalidUserSid,
    /// `ErrorInvalidUserSidMissingUPN`.
    ErrorInvalidUserSidMissingUPN,
    /// `ErrorInvalidValueForProperty`.
    ErrorInvalidValueForProperty,
    /// `ErrorInvalidWatermark`.
    ErrorInvalidWatermark,
    /// `ErrorIPGatewayNotFound`.
    ErrorIPGatewayNotFound,
    /// `ErrorIrresolvableConflict`.
    ErrorIrresolvableConflict,
    /// `ErrorItemCorrupt`.
    ErrorItemCorrupt,
    /// `ErrorItemNotFound`.
    ErrorItemNotFound,
    /// `ErrorItemPropertyRequestFailed`.
    ErrorItemPropertyRequestFailed,
    /// `ErrorItemSave`.
    ErrorItemSave,
    /// `ErrorItemSavePropertyError`.
    ErrorItemSavePropertyError,
    /// `ErrorLegacyMailboxFreeBusyViewTypeNotMerged`.
    ErrorLegacyMailboxFreeBusyViewTypeNotMerged,
    /// `ErrorLocalServerObjectNotFound`.
    ErrorLocalServerObjectNotFound,
    /// `ErrorLogonAsNetworkServiceFailed`.
    ErrorLogonAsNetworkServiceFailed,
    /// `ErrorMailboxConfiguration`.
    ErrorMailboxConfiguration,
    /// `ErrorMailboxDataArrayEmpty`.
    ErrorMailboxDataArrayEmpty,
    /// `ErrorMailboxDataArrayTooBig`.
    ErrorMailboxDataArrayTooBig,
    /// `ErrorMailboxHoldNotFound`.
    ErrorMailboxHoldNotFound,
    /// `ErrorMailboxLogonFailed`.
    ErrorMailboxLogonFailed,
    /// `ErrorMailboxMoveInProgress`.
    ErrorMailboxMoveInProgress,
    /// `ErrorMailboxStoreUnavailable`.
    ErrorMailboxStoreUnavailable,
    /// `ErrorMailRecipientNotFound`.
    ErrorMailRecipientNotFound,
    /// `ErrorMailTipsDisabled`.
    ErrorMailTipsDisabled,
    /// `ErrorManagedFolderAlreadyExists`.
    ErrorManagedFolderAlreadyExists,
    /// `ErrorManagedFolderNotFound`.
    ErrorManagedFolderNotFound,
    /// `ErrorManagedFoldersRootFailure`.
    ErrorManagedFoldersRootFailure,
    /// `ErrorMeetingSuggestionGenerationFailed`.
    ErrorMeetingSuggestionGenerationFailed,
    /// `ErrorMessageDispositionRequired`.
    ErrorMessageDispositionRequired,
    /// `ErrorMessageSizeExceeded`.
    ErrorMessageSizeExceeded,
    /// `ErrorMimeContentConversionFailed`.
    ErrorMimeContentConversionFailed,
    /// `ErrorMimeContentInvalid`.
    ErrorMimeContentInvalid,
    /// `ErrorMimeContentInvalidBase64String`.
    ErrorMimeContentInvalidBase64String,
    /// `ErrorMissingArgument`.
    ErrorMissingArgument,
    /// `ErrorMissingEmailAddress`.
    ErrorMissingEmailAddress,
    /// `ErrorMissingEmailAddressForManagedFolder`.
    ErrorMissingEmailAddressForManagedFolder,
    /// `ErrorMissingInformationEmailAddress`.
    ErrorMissingInformationEmailAddress,
    /// `ErrorMissingInformationReferenceItemId`.
    ErrorMissingInformationReferenceItemId,
    /// `ErrorMissingItemForCreateItemAttachment`.
    ErrorMissingItemForCreateItemAttachment,
    /// `ErrorMissingManagedFolderId`.
    ErrorMissingManagedFolderId,
    /// `ErrorMissingRecipients`.
    ErrorMissingRecipients,
    /// `ErrorMissingUserIdInformation`.
    ErrorMissingUserIdInformation,
    /// `ErrorMoreThanOneAccessModeSpecified`.
    ErrorMoreThanOneAccessModeSpecified,
    /// `ErrorMoveCopyFailed`.
    ErrorMoveCopyFailed,
    /// `ErrorMoveDistinguishedFolder`.
    ErrorMoveDistinguishedFolder,
    /// `ErrorMoveUnifiedGroupPropertyFailed`.
    ErrorMoveUnifiedGroupPropertyFailed,
    /// `ErrorMultiLegacyMailboxAccess`.
    ErrorMultiLegacyMailboxAccess,
    /// `ErrorNameResolutionMultipleResults`.
    ErrorNameResolutionMultipleResults,
    /// `ErrorNameResolutionNoMailbox`.
    ErrorNameResolutionNoMailbox,
    /// `ErrorNameResolutionNoResults`.
    ErrorNameResolutionNoResults,
    /// `ErrorNoApplicableProxyCASServersAvailable`.
    ErrorNoApplicableProxyCASServersAvailable,
    /// `ErrorNoCalendar`.
    ErrorNoCalendar,
    /// `ErrorNoDestinationCASDueToKerberosRequirements`.
    ErrorNoDestinationCASDueToKerberosRequirements,
    /// `ErrorNoDestinationCASDueToSSLRequirements`.
    ErrorNoDestinationCASDueToSSLRequirements,
    /// `ErrorNoDestinationCASDueToVersionMismatch`.
    ErrorNoDestinationCASDueToVersionMismatch,
    /// `ErrorNoFolderClassOverride`.
    ErrorNoFolderClassOverride,
    /// `ErrorNoFreeBusyAccess`.
    ErrorNoFreeBusyAccess,
    /// `ErrorNonExistentMailbox`.
    ErrorNonExistentMailbox,
    /// `ErrorNonPrimarySmtpAddress`.
    ErrorNonPrimarySmtpAddress,
    /// `ErrorNoPropertyTagForCustomProperties`.
    ErrorNoPropertyTagForCustomProperties,
    /// `ErrorNoPublicFolderReplicaAvailable`.
    ErrorNoPublicFolderReplicaAvailable,
    /// `ErrorNoPublicFolderServerAvailable`.
    ErrorNoPublicFolderServerAvailable,
    /// `ErrorNoRespondingCASInDestinationSite`.
    ErrorNoRespondingCASInDestinationSite,
    /// `ErrorNotDelegate`.
    ErrorNotDelegate,
    /// `ErrorNotEnoughMemory`.
    ErrorNotEnoughMemory,
    /// `ErrorObjectTypeChanged`.
    ErrorObjectTypeChanged,
    /// `ErrorOccurrenceCrossingBoundary`.
    ErrorOccurrenceCrossingBoundary,
    /// `ErrorOccurrenceTimeSpanTooBig`.
    ErrorOccurrenceTimeSpanTooBig,
    /// `ErrorOperationNotAllowedWithPublicFolderRoot`.
    ErrorOperationNotAllowedWithPublicFolderRoot,
    /// `ErrorParentFolderIdRequired`.
    ErrorParentFolderIdRequired,
    /// `ErrorParentFolderNotFound`.
    ErrorParentFolderNotFound,
    /// `ErrorPasswordChangeRequired`.
    ErrorPasswordChangeRequired,
    /// `ErrorPasswordExpired`.
    ErrorPasswordExpired,
    /// `ErrorPhoneNumberNotDialable`.
    ErrorPhoneNumberNotDialable,
    /// `ErrorPropertyUpdate`.
    ErrorPropertyUpdate,
    /// `ErrorPromptPublishingOperationFailed`.
    ErrorPromptPublishingOperationFailed,
    /// `ErrorPropertyValidationFailure`.
    ErrorPropertyValidationFailure,
    /// `ErrorProxiedSubscriptionCallFailure`.
    ErrorProxiedSubscriptionCallFailure,
    /// `ErrorProxyCallFailed`.
    ErrorProxyCallFailed,
    /// `ErrorProxyGroupSidLimitExceeded`.
    ErrorProxyGroupSidLimitExceeded,
    /// `ErrorProxyRequestNotAllowed`.
    ErrorProxyRequestNotAllowed,
    /// `ErrorProxyRequestProcessingFailed`.
    ErrorProxyRequestProcessingFailed,
    /// `ErrorProxyServiceDiscoveryFailed`.
    ErrorProxyServiceDiscoveryFailed,
    /// `ErrorProxyTokenExpired`.
    ErrorProxyTokenExpired,
    /// `ErrorPublicFolderMailboxDiscoveryFailed`.
    ErrorPublicFolderMailboxDiscoveryFailed,
    /// `ErrorPublicFolderOperationFailed`.
    ErrorPublicFolderOperationFailed,
    /// `ErrorPublicFolderRequestProcessingFailed`.
    ErrorPublicFolderRequestProcessingFailed,
    /// `ErrorPublicFolderServerNotFound`.
    ErrorPublicFolderServerNotFound,
    /// `ErrorPublicFolderSyncException`.
    ErrorPublicFolderSyncException,
    /// `ErrorQueryFilterTooLong`.
    ErrorQueryFilterTooLong,
    /// `ErrorQuotaExceeded`.
    ErrorQuotaExceeded,
    /// `ErrorReadEventsFailed`.
    ErrorReadEventsFailed,
    /// `ErrorReadReceiptNotPending`.
    ErrorReadReceiptNotPending,
    /// `ErrorRecurrenceEndDateTooBig`.
    ErrorRecurrenceEndDateTooBig,
    /// `ErrorRecurrenceHasNoOccurrence`.
    ErrorRecurrenceHasNoOccurrence,
    /// `ErrorRemoveDelegatesFailed`.
    ErrorRemoveDelegatesFailed,
    /// `ErrorRequestAborted`.
    ErrorRequestAborted,
    /// `ErrorRequestStreamTooBig`.
    ErrorRequestStreamTooBig,
    /// `ErrorRequiredPropertyMissing`.
    ErrorRequiredPropertyMissing,
    /// `ErrorResolveNamesInvalidFolderType`.
    ErrorResolveNamesInvalidFolderType,
    /// `ErrorResolveNamesOnlyOneContactsFolderAllowed`.
    ErrorResolveNamesOnlyOneContactsFolderAllowed,
    /// `ErrorResponseSchemaValidation`.
    ErrorResponseSchemaValidation,
    /// `ErrorRestrictionTooLong`.
    ErrorRestrictionTooLong,
    /// `ErrorRestrictionTooComplex`.
    ErrorRestrictionTooComplex,
    /// `ErrorResultSetTooBig`.
    ErrorResultSetTooBig,
    /// `ErrorInvalidExchangeImpersonationHeaderData`.
    ErrorInvalidExchangeImpersonationHeaderData,
    /// `ErrorSavedItemFolderNotFound`.
    ErrorSavedItemFolderNotFound,
    /// `ErrorSchemaValidation`.
    ErrorSchemaValidation,
    /// `ErrorSearchFolderNotInitialized`.
    ErrorSearchFolderNotInitialized,
    /// `ErrorSendAsDenied`.
    ErrorSendAsDenied,
    /// `ErrorSendMeetingCancellationsRequired`.
    ErrorSendMeetingCancellationsRequired,
    /// `ErrorSendMeetingInvitationsOrCancellationsRequired`.
    ErrorSendMeetingInvitationsOrCancellationsRequired,
    /// `ErrorSendMeetingInvitationsRequired`.
    ErrorSendMeetingInvitationsRequired,
    /// `ErrorSentMeetingRequestUpdate`.
    ErrorSentMeetingRequestUpdate,
    /// `ErrorSentTaskRequestUpdate`.
    ErrorSentTaskRequestUpdate,
    /// `ErrorServerBusy`.
    ErrorServerBusy,
    /// `ErrorServiceDiscoveryFailed`.
    ErrorServiceDiscoveryFailed,
    /// `ErrorStaleObject`.
    ErrorStaleObject,
    /// `ErrorSubmissionQuotaExceeded`.
    ErrorSubmissionQuotaExceeded,
    /// `ErrorSubscriptionAccessDenied`.
    ErrorSubscriptionAccessDenied,
    /// `ErrorSubscriptionDelegateAccessNotSupported`.
    ErrorSubscriptionDelegateAccessNotSupported,
    /// `ErrorSubscriptionNotFound`.
    ErrorSubscriptionNotFound,
    /// `ErrorSubscriptionUnsubscribed`.
    ErrorSubscriptionUnsubscribed,
    /// `ErrorSyncFolderNotFound`.
    ErrorSyncFolderNotFound,
    /// `ErrorTeamMailboxNotFound`.
    ErrorTeamMailboxNotFound,
    /// `ErrorTeamMailboxNotLinkedToSharePoint`.
    ErrorTeamMailboxNotLinkedToSharePoint,
    /// `ErrorTeamMailboxUrlValidationFailed`.
    ErrorTeamMailboxUrlValidationFailed,
    /// `ErrorTeamMailboxNotAuthorizedOwner`.
    ErrorTeamMailboxNotAuthorizedOwner,
    /// `ErrorTeamMailboxActiveToPendingDelete`.
    ErrorTeamMailboxActiveToPendingDelete,
    /// `ErrorTeamMailboxFailedSendingNotifications`.
    ErrorTeamMailboxFailedSendingNotifications,
    /// `ErrorTeamMailboxErrorUnknown`.
    ErrorTeamMailboxErrorUnknown,
    /// `ErrorTimeIntervalTooBig`.
    ErrorTimeIntervalTooBig,
    /// `ErrorTimeoutExpired`.
    ErrorTimeoutExpired,
    /// `ErrorTimeZone`.
    ErrorTimeZone,
    /// `ErrorToFolderNotFound`.
    ErrorToFolderNotFound,
    /// `ErrorTokenSerializationDenied`.
    ErrorTokenSerializationDenied,
    /// `ErrorTooManyObjectsOpened`.
    ErrorTooManyObjectsOpened,
    /// `ErrorUpdatePropertyMismatch`.
    ErrorUpdatePropertyMismatch,
    /// `ErrorAccessingPartialCreatedUnifiedGroup`.
    ErrorAccessingPartialCreatedUnifiedGroup,
    /// `ErrorUnifiedGroupMailboxAADCreationFailed`.
    ErrorUnifiedGroupMailboxAADCreationFailed,
    /// `ErrorUnifiedGroupMailboxAADDeleteFailed`.
    ErrorUnifiedGroupMailboxAADDeleteFailed,
    /// `ErrorUnifiedGroupMailboxNamingPolicy`.
    ErrorUnifiedGroupMailboxNamingPolicy,
    /// `ErrorUnifiedGroupMailboxDeleteFailed`.
    ErrorUnifiedGroupMailboxDeleteFailed,
    /// `ErrorUnifiedGroupMailboxNotFound`.
    ErrorUnifiedGroupMailboxNotFound,
    /// `ErrorUnifiedGroupMailboxUpdateDelayed`.
    ErrorUnifiedGroupMailboxUpdateDelayed,
    /// `ErrorUnifiedGroupMailboxUpdatedPartialProperties`.
    ErrorUnifiedGroupMailboxUpdatedPartialProperties,
    /// `ErrorUnifiedGroupMailboxUpdateFailed`.
    ErrorUnifiedGroupMailboxUpdateFailed,
    /// `ErrorUnifiedGroupMailboxProvisionFailed`.
    ErrorUnifiedGroupMailboxProvisionFailed,
    /// `ErrorUnifiedMessagingDialPlanNotFound`.
    ErrorUnifiedMessagingDialPlanNotFound,
    /// `ErrorUnifiedMessagingReportDataNotFound`.
    ErrorUnifiedMessagingReportDataNotFound,
    /// `ErrorUnifiedMessagingPromptNotFound`.
    ErrorUnifiedMessagingPromptNotFound,
    /// `ErrorUnifiedMessagingRequestFailed`.
    ErrorUnifiedMessagingRequestFailed,
    /// `ErrorUnifiedMessagingServerNotFound`.
    ErrorUnifiedMessagingServerNotFound,
    /// `ErrorUnableToGetUserOofSettings`.
    ErrorUnableToGetUserOofSettings,
    /// `ErrorUnableToRemoveImContactFromGroup`.
    ErrorUnableToRemoveImContactFromGroup,
    /// `ErrorUnsupportedSubFilter`.
    ErrorUnsupportedSubFilter,
    /// `ErrorUnsupportedCulture`.
    ErrorUnsupportedCulture,
    /// `ErrorUnsupportedMapiPropertyType`.
    ErrorUnsupportedMapiPropertyType,
    /// `ErrorUnsupportedMimeConversion`.
    ErrorUnsupportedMimeConversion,
    /// `ErrorUnsupportedPathForQuery`.
    ErrorUnsupportedPathForQuery,
    /// `ErrorUnsupportedPathForSortGroup`.
    ErrorUnsupportedPathForSortGroup,
    /// `ErrorUnsupportedPropertyDefinition`.
    ErrorUnsupportedPropertyDefinition,
    /// `ErrorUnsupportedQueryFilter`.
    ErrorUnsupportedQueryFilter,
    /// `ErrorUnsupportedRecurrence`.
    ErrorUnsupportedRecurrence,
    /// `ErrorUnsupportedTypeForConversion`.
    ErrorUnsupportedTypeForConversion,
    /// `ErrorUpdateDelegatesFailed`.
    ErrorUpdateDelegatesFailed,
    /// `ErrorUserNotUnifiedMessagingEnabled`.
    ErrorUserNotUnifiedMessagingEnabled,
    /// `ErrorVoiceMailNotImplemented`.
    ErrorVoiceMailNotImplemented,
    /// `ErrorValueOutOfRange`.
    ErrorValueOutOfRange,
    /// `ErrorVirusDetected`.
    ErrorVirusDetected,
    /// `ErrorVirusMessageDeleted`.
    ErrorVirusMessageDeleted,
    /// `ErrorWebRequestInInvalidState`.
    ErrorWebRequestInInvalidState,
    /// `ErrorWin32InteropError`.
    ErrorWin32InteropError,
    /// `ErrorWorkingHoursSaveFailed`.
    ErrorWorkingHoursSaveFailed,
    /// `ErrorWorkingHoursXmlMalformed`.
    ErrorWorkingHoursXmlMalformed,
    /// `ErrorWrongServerVersion`.
    ErrorWrongServerVersion,
    /// `ErrorWrongServerVersionDelegate`.
    ErrorWrongServerVersionDelegate,
    /// `ErrorMissingInformationSharingFolderId`.
    ErrorMissingInformationSharingFolderId,
    /// `ErrorDuplicateSOAPHeader`.
    ErrorDuplicateSOAPHeader,
    /// `ErrorSharingSynchronizationFailed`.
    ErrorSharingSynchronizationFailed,
    /// `ErrorSharingNoExternalEwsAvailable`.
    ErrorSharingNoExternalEwsAvailable,
    /// `ErrorFreeBusyDLLimitReached`.
    ErrorFreeBusyDLLimitReached,
    /// `ErrorInvalidGetSharingFolderRequest`.
    ErrorInvalidGetSharingFolderRequest,
    /// `ErrorNotAllowedExternalSharingByPolicy`.
    ErrorNotAllowedExternalSharingByPolicy,
    /// `ErrorUserNotAllowedByPolicy`.
    ErrorUserNotAllowedByPolicy,
    /// `ErrorPermissionNotAllowedByPolicy`.
    ErrorPermissionNotAllowedByPolicy,
    /// `ErrorOrganizationNotFederated`.
    ErrorOrganizationNotFederated,
    /// `ErrorMailboxFailover`.
    ErrorMailboxFailover,
    /// `ErrorInvalidExternalSharingInitiator`.
    ErrorInvalidExternalSharingInitiator,
    /// `ErrorMessageTrackingPermanentError`.
    ErrorMessageTrackingPermanentError,
    /// `ErrorMessageTrackingTransientError`.
    ErrorMessageTrackingTransientError,
    /// `ErrorMessageTrackingNoSuchDomain`.
    ErrorMessageTrackingNoSuchDomain,
    /// `ErrorUserWithoutFederatedProxyAddress`.
    ErrorUserWithoutFederatedProxyAddress,
    /// `ErrorInvalidOrganizationRelationshipForFreeBusy`.
    ErrorInvalidOrganizationRelationshipForFreeBusy,
    /// `ErrorInvalidFederatedOrganizationId`.
    ErrorInvalidFederatedOrganizationId,
    /// `ErrorInvalidExternalSharingSubscriber`.
    ErrorInvalidExternalSharingSubscriber,
    /// `ErrorInvalidSharingData`.
    ErrorInvalidSharingData,
    /// `ErrorInvalidSharingMessage`.
    ErrorInvalidSharingMessage,
    /// `ErrorNotSupportedSharingMessage`.
    ErrorNotSupportedSharingMessage,
    /// `ErrorApplyConversationActionFailed`.
    ErrorApplyConversationActionFailed,
    /// `ErrorInboxRulesValidationError`.
    ErrorInboxRulesValidationError,
    /// `ErrorOutlookRuleBlobExists`.
    ErrorOutlookRuleBlobExists,
    /// `ErrorRulesOverQuota`.
    ErrorRulesOverQuota,
    /// `ErrorNewEventStreamConnectionOpened`.
    ErrorNewEventStreamConnectionOpened,
    /// `ErrorMissedNotificationEvents`.
    ErrorMissedNotificationEvents,
    /// `ErrorDuplicateLegacyDistinguishedName`.
    ErrorDuplicateLegacyDistinguishedName,
    /// `ErrorInvalidClientAccessTokenRequest`.
    ErrorInvalidClientAccessTokenRequest,
    /// `ErrorUnauthorizedClientAccessTokenRequest`.
    ErrorUnauthorizedClientAccessTokenRequest,
    /// `ErrorNoSpeechDetected`.
    ErrorNoSpeechDetected,
    /// `ErrorUMServerUnavailable`.
    ErrorUMServerUnavailable,
    /// `ErrorRecipientNotFound`.
    ErrorRecipientNotFound,
    /// `ErrorRecognizerNotInstalled`.
    ErrorRecognizerNotInstalled,
    /// `ErrorSpeechGrammarError`.
    ErrorSpeechGrammarError,
    /// `ErrorInvalidManagementRoleHeader`.
    ErrorInvalidManagementRoleHeader,
    /// `ErrorLocationServicesDisabled`.
    ErrorLocationServicesDisabled,
    /// `ErrorLocationServicesRequestTimedOut`.
    ErrorLocationServicesRequestTimedOut,
    /// `ErrorLocationServicesRequestFailed`.
    ErrorLocationServicesRequestFailed,
    /// `ErrorLocationServicesInvalidRequest`.
    ErrorLocationServicesInvalidRequest,
    /// `ErrorWeatherServiceDisabled`.
    ErrorWeatherServiceDisabled,
    /// `ErrorMailboxScopeNotAllowedWithoutQueryString`.
    ErrorMailboxScopeNotAllowedWithoutQueryString,
    /// `ErrorArchiveMailboxSearchFailed`.
    ErrorArchiveMailboxSearchFailed,
    /// `ErrorGetRemoteArchiveFolderFailed`.
    ErrorGetRemoteArchiveFolderFailed,
    /// `ErrorFindRemoteArchiveFolderFailed`.
    ErrorFindRemoteArchiveFolderFailed,
    /// `ErrorGetRemoteArchiveItemFailed`.
    ErrorGetRemoteArchiveItemFailed,
    /// `ErrorExportRemoteArchiveItemsFailed`.
    ErrorExportRemoteArchiveItemsFailed,
    /// `ErrorInvalidPhotoSize`.
    ErrorInvalidPhotoSize,
    /// `ErrorSearchQueryHasTooManyKeywords`.
    ErrorSearchQueryHasTooManyKeywords,
    /// `ErrorSearchTooManyMailboxes`.
    ErrorSearchTooManyMailboxes,
    /// `ErrorInvalidRetentionTagNone`.
    ErrorInvalidRetentionTagNone,
    /// `ErrorDiscoverySearchesDisabled`.
    ErrorDiscoverySearchesDisabled,
    /// `ErrorCalendarSeekToConditionNotSupported`.
    ErrorCalendarSeekToConditionNotSupported,
    /// `ErrorCalendarIsGroupMailboxForAccept`.
    ErrorCalendarIsGroupMailboxForAccept,
    /// `ErrorCalendarIsGroupMailboxForDecline`.
    ErrorCalendarIsGroupMailboxForDecline,
    /// `ErrorCalendarIsGroupMailboxForTentative`.
    ErrorCalendarIsGroupMailboxForTentative,
    /// `ErrorCalendarIsGroupMailboxForSuppressReadReceipt`.
    ErrorCalendarIsGroupMailboxForSuppressReadReceipt,
    /// `ErrorOrganizationAccessBlocked`.
    ErrorOrganizationAccessBlocked,
    /// `ErrorInvalidLicense`.
    ErrorInvalidLicense,
    /// `ErrorMessagePerFolderCountReceiveQuotaExceeded`.
    ErrorMessagePerFolderCountReceiveQuotaExceeded,
    /// `ErrorInvalidBulkActionType`.
    ErrorInvalidBulkActionType,
    /// `ErrorInvalidKeepNCount`.
    ErrorInvalidKeepNCount,
    /// `ErrorInvalidKeepNType`.
    ErrorInvalidKeepNType,
    /// `ErrorNoOAuthServerAvailableForRequest`.
    ErrorNoOAuthServerAvailableForRequest,
    /// `ErrorInstantSearchSessionExpired`.
    ErrorInstantSearchSessionExpired,
    /// `ErrorInstantSearchTimeout`.
    ErrorInstantSearchTimeout,
    /// `ErrorInstantSearchFailed`.
    ErrorInstantSearchFailed,
    /// `ErrorUnsupportedUserForExecuteSearch`.
    ErrorUnsupportedUserForExecuteSearch,
    /// `ErrorDuplicateExtendedKeywordDefinition`.
    ErrorDuplicateExtendedKeywordDefinition,
    /// `ErrorMissingExchangePrincipal`.
    ErrorMissingExchangePrincipal,
    /// `ErrorUnexpectedUnifiedGroupsCount`.
    ErrorUnexpectedUnifiedGroupsCount,
    /// `ErrorParsingXMLResponse`.
    ErrorParsingXMLResponse,
    /// `ErrorInvalidFederationOrganizationIdentifier`.
    ErrorInvalidFederationOrganizationIdentifier,
    /// `ErrorInvalidSweepRule`.
    ErrorInvalidSweepRule,
    /// `ErrorInvalidSweepRuleOperationType`.
    ErrorInvalidSweepRuleOperationType,
    /// `ErrorTargetDomainNotSupported`.
    ErrorTargetDomainNotSupported,
    /// `ErrorInvalidInternetWebProxyOnLocalServer`.
    ErrorInvalidInternetWebProxyOnLocalServer,
    /// `ErrorNoSenderRestrictionsSettingsFoundInRequest`.
    ErrorNoSenderRestrictionsSettingsFoundInRequest,
    /// `ErrorDuplicateSenderRestrictionsInputFound`.
    ErrorDuplicateSenderRestrictionsInputFound,
    /// `ErrorSenderRestrictionsUpdateFailed`.
    ErrorSenderRestrictionsUpdateFailed,
    /// `ErrorMessageSubmissionBlocked`.
    ErrorMessageSubmissionBlocked,
    /// `ErrorExceededMessageLimit`.
    ErrorExceededMessageLimit,
    /// `ErrorExceededMaxRecipientLimitBlock`.
    ErrorExceededMaxRecipientLimitBlock,
    /// `ErrorAccountSuspend`.
    ErrorAccountSuspend,
    /// `ErrorExceededMaxRecipientLimit`.
    ErrorExceededMaxRecipientLimit,
    /// `ErrorMessageBlocked`.
    ErrorMessageBlocked,
    /// `ErrorAccountSuspendShowTierUpgrade`.
    ErrorAccountSuspendShowTierUpgrade,
    /// `ErrorExceededMessageLimitShowTierUpgrade`.
    ErrorExceededMessageLimitShowTierUpgrade,
    /// `ErrorExceededMaxRecipientLimitShowTierUpgrade`.
    ErrorExceededMaxRecipientLimitShowTierUpgrade,
    /// `ErrorInvalidLongitude`.
    ErrorInvalidLongitude,
    /// `ErrorInvalidLatitude`.
    ErrorInvalidLatitude,
    /// `ErrorProxySoapException`.
    ErrorProxySoapException,
    /// `ErrorUnifiedGroupAlreadyExists`.
    ErrorUnifiedGroupAlreadyExists,
    /// `ErrorUnifiedGroupAadAuthorizationRequestDenied`.
    ErrorUnifiedGroupAadAuthorizationRequestDenied,
    /// `ErrorUnifiedGroupCreationDisabled`.
    ErrorUnifiedGroupCreationDisabled,
    /// `ErrorMarketPlaceExtensionAlreadyInstalledForOrg`.
    ErrorMarketPlaceExtensionAlreadyInstalledForOrg,
    /// `ErrorExtensionAlreadyInstalledForOrg`.
    ErrorExtensionAlreadyInstalledForOrg,
    /// `ErrorNewerExtensionAlreadyInstalled`.
    ErrorNewerExtensionAlreadyInstalled,
    /// `ErrorNewerMarketPlaceExtensionAlreadyInstalled`.
    ErrorNewerMarketPlaceExtensionAlreadyInstalled,
    /// `ErrorInvalidExtensionId`.
    ErrorInvalidExtensionId,
    /// `ErrorCannotUninstallProvidedExtensions`.
    ErrorCannotUninstallProvidedExtensions,
    /// `ErrorNoRbacPermissionToInstallMarketPlaceExtensions`.
    ErrorNoRbacPermissionToInstallMarketPlaceExtensions,
    /// `ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions`.
    ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions,
    /// `ErrorInvalidReportMessageActionType`.
    ErrorInvalidReportMessageActionType,
    /// `ErrorCannotDownloadExtensionManifest`.
    ErrorCannotDownloadExtensionManifest,
    /// `ErrorCalendarForwardActionNotAllowed`.
    ErrorCalendarForwardActionNotAllowed,
    /// `ErrorUnifiedGroupAliasNamingPolicy`.
    ErrorUnifiedGroupAliasNamingPolicy,
    /// `ErrorSubscriptionsDisabledForGroup`.
    ErrorSubscriptionsDisabledForGroup,
    /// `ErrorCannotFindFileAttachment`.
    ErrorCannotFindFileAttachment,
    /// `ErrorInvalidValueForFilter`.
    ErrorInvalidValueForFilter,
    /// `ErrorQuotaExceededOnDelete`.
    ErrorQuotaExceededOnDelete,
    /// `ErrorAccessDeniedDueToCompliance`.
    ErrorAccessDeniedDueToCompliance,
    /// `ErrorRecoverableItemsAccessDenied`.
    ErrorRecoverableItemsAccessDenied,
    /// A code this crate does not know (trimmed text).
    Other(&'a str),
}

impl<'a> ResponseCode<'a> {
    /// The code named by `text`, surrounding white space ignored.
    pub fn parse(text: &'a str) -> ResponseCode<'a> {
        let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
        match t {
            "NoError" => ResponseCode::NoError,
            "ErrorAccessDenied" => ResponseCode::ErrorAccessDenied,
            "ErrorAccessModeSpecified" => ResponseCode::ErrorAccessModeSpecified,
            "ErrorAccountDisabled" => ResponseCode::ErrorAccountDisabled,
            "ErrorAddDelegatesFailed" => ResponseCode::ErrorAddDelegatesFailed,
            "ErrorAddressSpaceNotFound" => ResponseCode::ErrorAddressSpaceNotFound,
            "ErrorADOperation" => ResponseCode::ErrorADOperation,
            "ErrorADSessionFilter" => ResponseCode::ErrorADSessionFilter,
            "ErrorADUnavailable" => ResponseCode::ErrorADUnavailable,
            "ErrorServiceUnavailable" => ResponseCode::ErrorServiceUnavailable,
            "ErrorAutoDiscoverFailed" => ResponseCode::ErrorAutoDiscoverFailed,
            "ErrorAffectedTaskOccurrencesRequired" => ResponseCode::ErrorAffectedTaskOccurrencesRequired,
            "ErrorAttachmentNestLevelLimitExceeded" => ResponseCode::ErrorAttachmentNestLevelLimitExceeded,
            "ErrorAttachmentSizeLimitExceeded" => ResponseCode::ErrorAttachmentSizeLimitExceeded,
            "ErrorArchiveFolderPathCreation" => ResponseCode::ErrorArchiveFolderPathCreation,
            "ErrorArchiveMailboxNotEnabled" => ResponseCode::ErrorArchiveMailboxNotEnabled,
            "ErrorArchiveMailboxServiceDiscoveryFailed" => ResponseCode::ErrorArchiveMailboxServiceDiscoveryFailed,
            "ErrorAvailabilityConfigNotFound" => ResponseCode::ErrorAvailabilityConfigNotFound,
            "ErrorBatchProcessingStopped" => ResponseCode::ErrorBatchProcessingStopped,
            "ErrorCalendarCannotMoveOrCopyOccurrence" => ResponseCode::ErrorCalendarCannotMoveOrCopyOccurrence,
            "ErrorCalendarCannotUpdateDeletedItem" => ResponseCode::ErrorCalendarCannotUpdateDeletedItem,
            "ErrorCalendarCannotUseIdForOccurrenceId" => ResponseCode::ErrorCalendarCannotUseIdForOccurrenceId,
            "ErrorCalendarCannotUseIdForRecurringMasterId" => {
                ResponseCode::ErrorCalendarCannotUseIdForRecurringMasterId
            }
            "ErrorCalendarDurationIsTooLong" => ResponseCode::ErrorCalendarDurationIsTooLong,
            "ErrorCalendarEndDateIsEarlierThanStartDate" => ResponseCode::ErrorCalendarEndDateIsEarlierThanStartDate,
            "ErrorCalendarFolderIsInvalidForCalendarView" => ResponseCode::ErrorCalendarFolderIsInvalidForCalendarView,
            "ErrorCalendarInvalidAttributeValue" => ResponseCode::ErrorCalendarInvalidAttributeValue,
            "ErrorCalendarInvalidDayForTimeChangePattern" => ResponseCode::ErrorCalendarInvalidDayForTimeChangePattern,
            "ErrorCalendarInvalidDayForWeeklyRecurrence" => ResponseCode::ErrorCalendarInvalidDayForWeeklyRecurrence,
            "ErrorCalendarInvalidPropertyState" => ResponseCode::ErrorCalendarInvalidPropertyState,
            "ErrorCalendarInvalidPropertyValue" => ResponseCode::ErrorCalendarInvalidPropertyValue,
            "ErrorCalendarInvalidRecurrence" => ResponseCode::ErrorCalendarInvalidRecurrence,
            "ErrorCalendarInvalidTimeZone" => ResponseCode::ErrorCalendarInvalidTimeZone,
            "ErrorCalendarIsCancelledForAccept" => ResponseCode::ErrorCalendarIsCancelledForAccept,
            "ErrorCalendarIsCancelledForDecline" => ResponseCode::ErrorCalendarIsCancelledForDecline,
            "ErrorCalendarIsCancelledForRemove" => ResponseCode::ErrorCalendarIsCancelledForRemove,
            "ErrorCalendarIsCancelledForTentative" => ResponseCode::ErrorCalendarIsCancelledForTentative,
            "ErrorCalendarIsDelegatedForAccept" => ResponseCode::ErrorCalendarIsDelegatedForAccept,
            "ErrorCalendarIsDelegatedForDecline" => ResponseCode::ErrorCalendarIsDelegatedForDecline,
            "ErrorCalendarIsDelegatedForRemove" => ResponseCode::ErrorCalendarIsDelegatedForRemove,
            "ErrorCalendarIsDelegatedForTentative" => ResponseCode::ErrorCalendarIsDelegatedForTentative,
            "ErrorCalendarIsNotOrganizer" => ResponseCode::ErrorCalendarIsNotOrganizer,
            "ErrorCalendarIsOrganizerForAccept" => ResponseCode::ErrorCalendarIsOrganizerForAccept,
            "ErrorCalendarIsOrganizerForDecline" => ResponseCode::ErrorCalendarIsOrganizerForDecline,
            "ErrorCalendarIsOrganizerForRemove" => ResponseCode::ErrorCalendarIsOrganizerForRemove,
            "ErrorCalendarIsOrganizerForTentative" => ResponseCode::ErrorCalendarIsOrganizerForTentative,
            "ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange" => {
                ResponseCode::ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange
            }
            "ErrorCalendarOccurrenceIsDeletedFromRecurrence" => {
                ResponseCode::ErrorCalendarOccurrenceIsDeletedFromRecurrence
            }
            "ErrorCalendarOutOfRange" => ResponseCode::ErrorCalendarOutOfRange,
            "ErrorCalendarMeetingRequestIsOutOfDate" => ResponseCode::ErrorCalendarMeetingRequestIsOutOfDate,
            "ErrorCalendarViewRangeTooBig" => ResponseCode::ErrorCalendarViewRangeTooBig,
            "ErrorCallerIsInvalidADAccount" => ResponseCode::ErrorCallerIsInvalidADAccount,
            "ErrorCannotAccessDeletedPublicFolder" => ResponseCode::ErrorCannotAccessDeletedPublicFolder,
            "ErrorCannotArchiveCalendarContactTaskFolderException" => {
                ResponseCode::ErrorCannotArchiveCalendarContactTaskFolderException
            }
            "ErrorCannotArchiveItemsInPublicFolders" => ResponseCode::ErrorCannotArchiveItemsInPublicFolders,
            "ErrorCannotArchiveItemsInArchiveMailbox" => ResponseCode::ErrorCannotArchiveItemsInArchiveMailbox,
            "ErrorCannotCreateCalendarItemInNonCalendarFolder" => {
                ResponseCode::ErrorCannotCreateCalendarItemInNonCalendarFolder
            }
            "ErrorCannotCreateContactInNonContactFolder" => ResponseCode::ErrorCannotCreateContactInNonContactFolder,
            "ErrorCannotCreatePostItemInNonMailFolder" => ResponseCode::ErrorCannotCreatePostItemInNonMailFolder,
            "ErrorCannotCreateTaskInNonTaskFolder" => ResponseCode::ErrorCannotCreateTaskInNonTaskFolder,
            "ErrorCannotDeleteObject" => ResponseCode::ErrorCannotDeleteObject,
            "ErrorCannotDisableMandatoryExtension" => ResponseCode::ErrorCannotDisableMandatoryExtension,
            "ErrorCannotFindUser" => ResponseCode::ErrorCannotFindUser,
            "ErrorCannotGetSourceFolderPath" => ResponseCode::ErrorCannotGetSourceFolderPath,
            "ErrorCannotGetExternalEcpUrl" => ResponseCode::ErrorCannotGetExternalEcpUrl,
            "ErrorCannotOpenFileAttachment" => ResponseCode::ErrorCannotOpenFileAttachment,
            "ErrorCannotDeleteTaskOccurrence" => ResponseCode::ErrorCannotDeleteTaskOccurrence,
            "ErrorCannotEmptyFolder" => ResponseCode::ErrorCannotEmptyFolder,
            "ErrorCannotSetCalendarPermissionOnNonCalendarFolder" => {
                ResponseCode::ErrorCannotSetCalendarPermissionOnNonCalendarFolder
            }
            "ErrorCannotSetNonCalendarPermissionOnCalendarFolder" => {
                ResponseCode::ErrorCannotSetNonCalendarPermissionOnCalendarFolder
            }
            "ErrorCannotSetPermissionUnknownEntries" => ResponseCode::ErrorCannotSetPermissionUnknownEntries,
            "ErrorCannotSpecifySearchFolderAsSourceFolder" => {
                ResponseCode::ErrorCannotSpecifySearchFolderAsSourceFolder
            }
            "ErrorCannotUseFolderIdForItemId" => ResponseCode::ErrorCannotUseFolderIdForItemId,
            "ErrorCannotUseItemIdForFolderId" => ResponseCode::ErrorCannotUseItemIdForFolderId,
            "ErrorChangeKeyRequired" => ResponseCode::ErrorChangeKeyRequired,
            "ErrorChangeKeyRequiredForWriteOperations" => ResponseCode::ErrorChangeKeyRequiredForWriteOperations,
            "ErrorClientDisconnected" => ResponseCode::ErrorClientDisconnected,
            "ErrorClientIntentInvalidStateDefinition" => ResponseCode::ErrorClientIntentInvalidStateDefinition,
            "ErrorClientIntentNotFound" => ResponseCode::ErrorClientIntentNotFound,
            "ErrorConnectionFailed" => ResponseCode::ErrorConnectionFailed,
            "ErrorContainsFilterWrongType" => ResponseCode::ErrorContainsFilterWrongType,
            "ErrorContentConversionFailed" => ResponseCode::ErrorContentConversionFailed,
            "ErrorContentIndexingNotEnabled" => ResponseCode::ErrorContentIndexingNotEnabled,
            "ErrorCorruptData" => ResponseCode::ErrorCorruptData,
            "ErrorCreateItemAccessDenied" => ResponseCode::ErrorCreateItemAccessDenied,
            "ErrorCreateManagedFolderPartialCompletion" => ResponseCode::ErrorCreateManagedFolderPartialCompletion,
            "ErrorCreateSubfolderAccessDenied" => ResponseCode::ErrorCreateSubfolderAccessDenied,
            "ErrorCrossMailboxMoveCopy" => ResponseCode::ErrorCrossMailboxMoveCopy,
            "ErrorCrossSiteRequest" => ResponseCode::ErrorCrossSiteRequest,
            "ErrorDataSizeLimitExceeded" => ResponseCode::ErrorDataSizeLimitExceeded,
            "ErrorDataSourceOperation" => ResponseCode::ErrorDataSourceOperation,
            "ErrorDelegateAlreadyExists" => ResponseCode::ErrorDelegateAlreadyExists,
            "ErrorDelegateCannotAddOwner" => ResponseCode::ErrorDelegateCannotAddOwner,
            "ErrorDelegateMissingConfiguration" => ResponseCode::ErrorDelegateMissingConfiguration,
            "ErrorDelegateNoUser" => ResponseCode::ErrorDelegateNoUser,
            "ErrorDelegateValidationFailed" => ResponseCode::ErrorDelegateValidationFailed,
            "ErrorDeleteDistinguishedFolder" => ResponseCode::ErrorDeleteDistinguishedFolder,
            "ErrorDeleteItemsFailed" => ResponseCode::ErrorDeleteItemsFailed,
            "ErrorDeleteUnifiedMessagingPromptFailed" => ResponseCode::ErrorDeleteUnifiedMessagingPromptFailed,
            "ErrorDistinguishedUserNotSupported" => ResponseCode::ErrorDistinguishedUserNotSupported,
            "ErrorDistributionListMemberNotExist" => ResponseCode::ErrorDistributionListMemberNotExist,
            "ErrorDuplicateInputFolderNames" => ResponseCode::ErrorDuplicateInputFolderNames,
            "ErrorDuplicateUserIdsSpecified" => ResponseCode::ErrorDuplicateUserIdsSpecified,
            "ErrorDuplicateTransactionId" => ResponseCode::ErrorDuplicateTransactionId,
            "ErrorEmailAddressMismatch" => ResponseCode::ErrorEmailAddressMismatch,
            "ErrorEventNotFound" => ResponseCode::ErrorEventNotFound,
            "ErrorExceededConnectionCount" => ResponseCode::ErrorExceededConnectionCount,
            "ErrorExceededSubscriptionCount" => ResponseCode::ErrorExceededSubscriptionCount,
            "ErrorExceededFindCountLimit" => ResponseCode::ErrorExceededFindCountLimit,
            "ErrorExpiredSubscription" => ResponseCode::ErrorExpiredSubscription,
            "ErrorExtensionNotFound" => ResponseCode::ErrorExtensionNotFound,
            "ErrorExtensionsNotAuthorized" => ResponseCode::ErrorExtensionsNotAuthorized,
            "ErrorFolderCorrupt" => ResponseCode::ErrorFolderCorrupt,
            "ErrorFolderNotFound" => ResponseCode::ErrorFolderNotFound,
            "ErrorFolderPropertRequestFailed" => ResponseCode::ErrorFolderPropertRequestFailed,
            "ErrorFolderSave" => ResponseCode::ErrorFolderSave,
            "ErrorFolderSaveFailed" => ResponseCode::ErrorFolderSaveFailed,
            "ErrorFolderSavePropertyError" => ResponseCode::ErrorFolderSavePropertyError,
            "ErrorFolderExists" => ResponseCode::ErrorFolderExists,
            "ErrorFreeBusyGenerationFailed" => ResponseCode::ErrorFreeBusyGenerationFailed,
            "ErrorGetServerSecurityDescriptorFailed" => ResponseCode::ErrorGetServerSecurityDescriptorFailed,
            "ErrorImContactLimitReached" => ResponseCode::ErrorImContactLimitReached,
            "ErrorImGroupDisplayNameAlreadyExists" => ResponseCode::ErrorImGroupDisplayNameAlreadyExists,
            "ErrorImGroupLimitReached" => ResponseCode::ErrorImGroupLimitReached,
            "ErrorImpersonateUserDenied" => ResponseCode::ErrorImpersonateUserDenied,
            "ErrorImpersonationDenied" => ResponseCode::ErrorImpersonationDenied,
            "ErrorImpersonationFailed" => ResponseCode::ErrorImpersonationFailed,
            "ErrorIncorrectSchemaVersion" => ResponseCode::ErrorIncorrectSchemaVersion,
            "ErrorIncorrectUpdatePropertyCount" => ResponseCode::ErrorIncorrectUpdatePropertyCount,
            "ErrorIndividualMailboxLimitReached" => ResponseCode::ErrorIndividualMailboxLimitReached,
            "ErrorInsufficientResources" => ResponseCode::ErrorInsufficientResources,
            "ErrorInternalServerError" => ResponseCode::ErrorInternalServerError,
            "ErrorInternalServerTransientError" => ResponseCode::ErrorInternalServerTransientError,
            "ErrorInvalidAccessLevel" => ResponseCode::ErrorInvalidAccessLevel,
            "ErrorInvalidArgument" => ResponseCode::ErrorInvalidArgument,
            "ErrorInvalidAttachmentId" => ResponseCode::ErrorInvalidAttachmentId,
            "ErrorInvalidAttachmentSubfilter" => ResponseCode::ErrorInvalidAttachmentSubfilter,
            "ErrorInvalidAttachmentSubfilterTextFilter" => ResponseCode::ErrorInvalidAttachmentSubfilterTextFilter,
            "ErrorInvalidAuthorizationContext" => ResponseCode::ErrorInvalidAuthorizationContext,
            "ErrorInvalidChangeKey" => ResponseCode::ErrorInvalidChangeKey,
            "ErrorInvalidClientSecurityContext" => ResponseCode::ErrorInvalidClientSecurityContext,
            "ErrorInvalidCompleteDate" => ResponseCode::ErrorInvalidCompleteDate,
            "ErrorInvalidContactEmailAddress" => ResponseCode::ErrorInvalidContactEmailAddress,
            "ErrorInvalidContactEmailIndex" => ResponseCode::ErrorInvalidContactEmailIndex,
            "ErrorInvalidCrossForestCredentials" => ResponseCode::ErrorInvalidCrossForestCredentials,
            "ErrorInvalidDelegatePermission" => ResponseCode::ErrorInvalidDelegatePermission,
            "ErrorInvalidDelegateUserId" => ResponseCode::ErrorInvalidDelegateUserId,
            "ErrorInvalidExcludesRestriction" => ResponseCode::ErrorInvalidExcludesRestriction,
            "ErrorInvalidExpressionTypeForSubFilter" => ResponseCode::ErrorInvalidExpressionTypeForSubFilter,
            "ErrorInvalidExtendedProperty" => ResponseCode::ErrorInvalidExtendedProperty,
            "ErrorInvalidExtendedPropertyValue" => ResponseCode::ErrorInvalidExtendedPropertyValue,
            "ErrorInvalidFolderId" => ResponseCode::ErrorInvalidFolderId,
            "ErrorInvalidFolderTypeForOperation" => ResponseCode::ErrorInvalidFolderTypeForOperation,
            "ErrorInvalidFractionalPagingParameters" => ResponseCode::ErrorInvalidFractionalPagingParameters,
            "ErrorInvalidFreeBusyViewType" => ResponseCode::ErrorInvalidFreeBusyViewType,
            "ErrorInvalidId" => ResponseCode::ErrorInvalidId,
            "ErrorInvalidIdEmpty" => ResponseCode::ErrorInvalidIdEmpty,
            "ErrorInvalidIdMalformed" => ResponseCode::ErrorInvalidIdMalformed,
            "ErrorInvalidIdMalformedEwsLegacyIdFormat" => ResponseCode::ErrorInvalidIdMalformedEwsLegacyIdFormat,
            "ErrorInvalidIdMonikerTooLong" => ResponseCode::ErrorInvalidIdMonikerTooLong,
            "ErrorInvalidIdNotAnItemAttachmentId" => ResponseCode::ErrorInvalidIdNotAnItemAttachmentId,
            "ErrorInvalidIdReturnedByResolveNames" => ResponseCode::ErrorInvalidIdReturnedByResolveNames,
            "ErrorInvalidIdStoreObjectIdTooLong" => ResponseCode::ErrorInvalidIdStoreObjectIdTooLong,
            "ErrorInvalidIdTooManyAttachmentLevels" => ResponseCode::ErrorInvalidIdTooManyAttachmentLevels,
            "ErrorInvalidIdXml" => ResponseCode::ErrorInvalidIdXml,
            "ErrorInvalidImContactId" => ResponseCode::ErrorInvalidImContactId,
            "ErrorInvalidImDistributionGroupSmtpAddress" => ResponseCode::ErrorInvalidImDistributionGroupSmtpAddress,
            "ErrorInvalidImGroupId" => ResponseCode::ErrorInvalidImGroupId,
            "ErrorInvalidIndexedPagingParameters" => ResponseCode::ErrorInvalidIndexedPagingParameters,
            "ErrorInvalidInternetHeaderChildNodes" => ResponseCode::ErrorInvalidInternetHeaderChildNodes,
            "ErrorInvalidItemForOperationArchiveItem" => ResponseCode::ErrorInvalidItemForOperationArchiveItem,
            "ErrorInvalidItemForOperationCreateItemAttachment" => {
                ResponseCode::ErrorInvalidItemForOperationCreateItemAttachment
            }
            "ErrorInvalidItemForOperationCreateItem" => ResponseCode::ErrorInvalidItemForOperationCreateItem,
            "ErrorInvalidItemForOperationAcceptItem" => ResponseCode::ErrorInvalidItemForOperationAcceptItem,
            "ErrorInvalidItemForOperationDeclineItem" => ResponseCode::ErrorInvalidItemForOperationDeclineItem,
            "ErrorInvalidItemForOperationCancelItem" => ResponseCode::ErrorInvalidItemForOperationCancelItem,
            "ErrorInvalidItemForOperationExpandDL" => ResponseCode::ErrorInvalidItemForOperationExpandDL,
            "ErrorInvalidItemForOperationRemoveItem" => ResponseCode::ErrorInvalidItemForOperationRemoveItem,
            "ErrorInvalidItemForOperationSendItem" => ResponseCode::ErrorInvalidItemForOperationSendItem,
            "ErrorInvalidItemForOperationTentative" => ResponseCode::ErrorInvalidItemForOperationTentative,
            "ErrorInvalidLogonType" => ResponseCode::ErrorInvalidLogonType,
            "ErrorInvalidLikeRequest" => ResponseCode::ErrorInvalidLikeRequest,
            "ErrorInvalidMailbox" => ResponseCode::ErrorInvalidMailbox,
            "ErrorInvalidManagedFolderProperty" => ResponseCode::ErrorInvalidManagedFolderProperty,
            "ErrorInvalidManagedFolderQuota" => ResponseCode::ErrorInvalidManagedFolderQuota,
            "ErrorInvalidManagedFolderSize" => ResponseCode::ErrorInvalidManagedFolderSize,
            "ErrorInvalidMergedFreeBusyInterval" => ResponseCode::ErrorInvalidMergedFreeBusyInterval,
            "ErrorInvalidNameForNameResolution" => ResponseCode::ErrorInvalidNameForNameResolution,
            "ErrorInvalidOperation" => ResponseCode::ErrorInvalidOperation,
            "ErrorInvalidNetworkServiceContext" => ResponseCode::ErrorInvalidNetworkServiceContext,
            "ErrorInvalidOofParameter" => ResponseCode::ErrorInvalidOofParameter,
            "ErrorInvalidPagingMaxRows" => ResponseCode::ErrorInvalidPagingMaxRows,
            "ErrorInvalidParentFolder" => ResponseCode::ErrorInvalidParentFolder,
            "ErrorInvalidPercentCompleteValue" => ResponseCode::ErrorInvalidPercentCompleteValue,
            "ErrorInvalidPermissionSettings" => ResponseCode::ErrorInvalidPermissionSettings,
            "ErrorInvalidPhoneCallId" => ResponseCode::ErrorInvalidPhoneCallId,
            "ErrorInvalidPhoneNumber" => ResponseCode::ErrorInvalidPhoneNumber,
            "ErrorInvalidUserInfo" => ResponseCode::ErrorInvalidUserInfo,
            "ErrorInvalidPropertyAppend" => ResponseCode::ErrorInvalidPropertyAppend,
            "ErrorInvalidPropertyDelete" => ResponseCode::ErrorInvalidPropertyDelete,
            "ErrorInvalidPropertyForExists" => ResponseCode::ErrorInvalidPropertyForExists,
            "ErrorInvalidPropertyForOperation" => ResponseCode::ErrorInvalidPropertyForOperation,
            "ErrorInvalidPropertyRequest" => ResponseCode::ErrorInvalidPropertyRequest,
            "ErrorInvalidPropertySet" => ResponseCode::ErrorInvalidPropertySet,
            "ErrorInvalidPropertyUpdateSentMessage" => ResponseCode::ErrorInvalidPropertyUpdateSentMessage,
            "ErrorInvalidProxySecurityContext" => ResponseCode::ErrorInvalidProxySecurityContext,
            "ErrorInvalidPullSubscriptionId" => ResponseCode::ErrorInvalidPullSubscriptionId,
            "ErrorInvalidPushSubscriptionUrl" => ResponseCode::ErrorInvalidPushSubscriptionUrl,
            "ErrorInvalidRecipients" => ResponseCode::ErrorInvalidRecipients,
            "ErrorInvalidRecipientSubfilter" => ResponseCode::ErrorInvalidRecipientSubfilter,
            "ErrorInvalidRecipientSubfilterComparison" => ResponseCode::ErrorInvalidRecipientSubfilterComparison,
            "ErrorInvalidRecipientSubfilterOrder" => ResponseCode::ErrorInvalidRecipientSubfilterOrder,
            "ErrorInvalidRecipientSubfilterTextFilter" => ResponseCode::ErrorInvalidRecipientSubfilterTextFilter,
            "ErrorInvalidReferenceItem" => ResponseCode::ErrorInvalidReferenceItem,
            "ErrorInvalidRequest" => ResponseCode::ErrorInvalidRequest,
            "ErrorInvalidRestriction" => ResponseCode::ErrorInvalidRestriction,
            "ErrorInvalidRetentionTagTypeMismatch" => ResponseCode::ErrorInvalidRetentionTagTypeMismatch,
            "ErrorInvalidRetentionTagInvisible" => ResponseCode::ErrorInvalidRetentionTagInvisible,
            "ErrorInvalidRetentionTagInheritance" => ResponseCode::ErrorInvalidRetentionTagInheritance,
            "ErrorInvalidRetentionTagIdGuid" => ResponseCode::ErrorInvalidRetentionTagIdGuid,
            "ErrorInvalidRoutingType" => ResponseCode::ErrorInvalidRoutingType,
            "ErrorInvalidScheduledOofDuration" => ResponseCode::ErrorInvalidScheduledOofDuration,
            "ErrorInvalidSchemaVersionForMailboxVersion" => ResponseCode::ErrorInvalidSchemaVersionForMailboxVersion,
            "ErrorInvalidSecurityDescriptor" => ResponseCode::ErrorInvalidSecurityDescriptor,
            "ErrorInvalidSendItemSaveSettings" => ResponseCode::ErrorInvalidSendItemSaveSettings,
            "ErrorInvalidSerializedAccessToken" => ResponseCode::ErrorInvalidSerializedAccessToken,
            "ErrorInvalidServerVersion" => ResponseCode::ErrorInvalidServerVersion,
            "ErrorInvalidSid" => ResponseCode::ErrorInvalidSid,
            "ErrorInvalidSIPUri" => ResponseCode::ErrorInvalidSIPUri,
            "ErrorInvalidSmtpAddress" => ResponseCode::ErrorInvalidSmtpAddress,
            "ErrorInvalidSubfilterType" => ResponseCode::ErrorInvalidSubfilterType,
            "ErrorInvalidSubfilterTypeNotAttendeeType" => ResponseCode::ErrorInvalidSubfilterTypeNotAttendeeType,
            "ErrorInvalidSubfilterTypeNotRecipientType" => ResponseCode::ErrorInvalidSubfilterTypeNotRecipientType,
            "ErrorInvalidSubscription" => ResponseCode::ErrorInvalidSubscription,
            "ErrorInvalidSubscriptionRequest" => ResponseCode::ErrorInvalidSubscriptionRequest,
            "ErrorInvalidSyncStateData" => ResponseCode::ErrorInvalidSyncStateData,
            "ErrorInvalidTimeInterval" => ResponseCode::ErrorInvalidTimeInterval,
            "ErrorInvalidUserOofSettings" => ResponseCode::ErrorInvalidUserOofSettings,
            "ErrorInvalidUserPrincipalName" => ResponseCode::ErrorInvalidUserPrincipalName,
            "ErrorInvalidUserSid" => ResponseCode::ErrorInvalidUserSid,
            "ErrorInvalidUserSidMissingUPN" => ResponseCode::ErrorInvalidUserSidMissingUPN,
            "ErrorInvalidValueForProperty" => ResponseCode::ErrorInvalidValueForProperty,
            "ErrorInvalidWatermark" => ResponseCode::ErrorInvalidWatermark,
            "ErrorIPGatewayNotFound" => ResponseCode::ErrorIPGatewayNotFound,
            "ErrorIrresolvableConflict" => ResponseCode::ErrorIrresolvableConflict,
            "ErrorItemCorrupt" => ResponseCode::ErrorItemCorrupt,
            "ErrorItemNotFound" => ResponseCode::ErrorItemNotFound,
            "ErrorItemPropertyRequestFailed" => ResponseCode::ErrorItemPropertyRequestFailed,
            "ErrorItemSave" => ResponseCode::ErrorItemSave,
            "ErrorItemSavePropertyError" => ResponseCode::ErrorItemSavePropertyError,
            "ErrorLegacyMailboxFreeBusyViewTypeNotMerged" => ResponseCode::ErrorLegacyMailboxFreeBusyViewTypeNotMerged,
            "ErrorLocalServerObjectNotFound" => ResponseCode::ErrorLocalServerObjectNotFound,
            "ErrorLogonAsNetworkServiceFailed" => ResponseCode::ErrorLogonAsNetworkServiceFailed,
            "ErrorMailboxConfiguration" => ResponseCode::ErrorMailboxConfiguration,
            "ErrorMailboxDataArrayEmpty" => ResponseCode::ErrorMailboxDataArrayEmpty,
            "ErrorMailboxDataArrayTooBig" => ResponseCode::ErrorMailboxDataArrayTooBig,
            "ErrorMailboxHoldNotFound" => ResponseCode::ErrorMailboxHoldNotFound,
            "ErrorMailboxLogonFailed" => ResponseCode::ErrorMailboxLogonFailed,
            "ErrorMailboxMoveInProgress" => ResponseCode::ErrorMailboxMoveInProgress,
            "ErrorMailboxStoreUnavailable" => ResponseCode::ErrorMailboxStoreUnavailable,
            "ErrorMailRecipientNotFound" => ResponseCode::ErrorMailRecipientNotFound,
            "ErrorMailTipsDisabled" => ResponseCode::ErrorMailTipsDisabled,
            "ErrorManagedFolderAlreadyExists" => ResponseCode::ErrorManagedFolderAlreadyExists,
            "ErrorManagedFolderNotFound" => ResponseCode::ErrorManagedFolderNotFound,
            "ErrorManagedFoldersRootFailure" => ResponseCode::ErrorManagedFoldersRootFailure,
            "ErrorMeetingSuggestionGenerationFailed" => ResponseCode::ErrorMeetingSuggestionGenerationFailed,
            "ErrorMessageDispositionRequired" => ResponseCode::ErrorMessageDispositionRequired,
            "ErrorMessageSizeExceeded" => ResponseCode::ErrorMessageSizeExceeded,
            "ErrorMimeContentConversionFailed" => ResponseCode::ErrorMimeContentConversionFailed,
            "ErrorMimeContentInvalid" => ResponseCode::ErrorMimeContentInvalid,
            "ErrorMimeContentInvalidBase64String" => ResponseCode::ErrorMimeContentInvalidBase64String,
            "ErrorMissingArgument" => ResponseCode::ErrorMissingArgument,
            "ErrorMissingEmailAddress" => ResponseCode::ErrorMissingEmailAddress,
            "ErrorMissingEmailAddressForManagedFolder" => ResponseCode::ErrorMissingEmailAddressForManagedFolder,
            "ErrorMissingInformationEmailAddress" => ResponseCode::ErrorMissingInformationEmailAddress,
            "ErrorMissingInformationReferenceItemId" => ResponseCode::ErrorMissingInformationReferenceItemId,
            "ErrorMissingItemForCreateItemAttachment" => ResponseCode::ErrorMissingItemForCreateItemAttachment,
            "ErrorMissingManagedFolderId" => ResponseCode::ErrorMissingManagedFolderId,
            "ErrorMissingRecipients" => ResponseCode::ErrorMissingRecipients,
            "ErrorMissingUserIdInformation" => ResponseCode::ErrorMissingUserIdInformation,
            "ErrorMoreThanOneAccessModeSpecified" => ResponseCode::ErrorMoreThanOneAccessModeSpecified,
            "ErrorMoveCopyFailed" => ResponseCode::ErrorMoveCopyFailed,
            "ErrorMoveDistinguishedFolder" => ResponseCode::ErrorMoveDistinguishedFolder,
            "ErrorMoveUnifiedGroupPropertyFailed" => ResponseCode::ErrorMoveUnifiedGroupPropertyFailed,
            "ErrorMultiLegacyMailboxAccess" => ResponseCode::ErrorMultiLegacyMailboxAccess,
            "ErrorNameResolutionMultipleResults" => ResponseCode::ErrorNameResolutionMultipleResults,
            "ErrorNameResolutionNoMailbox" => ResponseCode::ErrorNameResolutionNoMailbox,
            "ErrorNameResolutionNoResults" => ResponseCode::ErrorNameResolutionNoResults,
            "ErrorNoApplicableProxyCASServersAvailable" => ResponseCode::ErrorNoApplicableProxyCASServersAvailable,
            "ErrorNoCalendar" => ResponseCode::ErrorNoCalendar,
            "ErrorNoDestinationCASDueToKerberosRequirements" => {
                ResponseCode::ErrorNoDestinationCASDueToKerberosRequirements
            }
            "ErrorNoDestinationCASDueToSSLRequirements" => ResponseCode::ErrorNoDestinationCASDueToSSLRequirements,
            "ErrorNoDestinationCASDueToVersionMismatch" => ResponseCode::ErrorNoDestinationCASDueToVersionMismatch,
            "ErrorNoFolderClassOverride" => ResponseCode::ErrorNoFolderClassOverride,
            "ErrorNoFreeBusyAccess" => ResponseCode::ErrorNoFreeBusyAccess,
            "ErrorNonExistentMailbox" => ResponseCode::ErrorNonExistentMailbox,
            "ErrorNonPrimarySmtpAddress" => ResponseCode::ErrorNonPrimarySmtpAddress,
            "ErrorNoPropertyTagForCustomProperties" => ResponseCode::ErrorNoPropertyTagForCustomProperties,
            "ErrorNoPublicFolderReplicaAvailable" => ResponseCode::ErrorNoPublicFolderReplicaAvailable,
            "ErrorNoPublicFolderServerAvailable" => ResponseCode::ErrorNoPublicFolderServerAvailable,
            "ErrorNoRespondingCASInDestinationSite" => ResponseCode::ErrorNoRespondingCASInDestinationSite,
            "ErrorNotDelegate" => ResponseCode::ErrorNotDelegate,
            "ErrorNotEnoughMemory" => ResponseCode::ErrorNotEnoughMemory,
            "ErrorObjectTypeChanged" => ResponseCode::ErrorObjectTypeChanged,
            "ErrorOccurrenceCrossingBoundary" => ResponseCode::ErrorOccurrenceCrossingBoundary,
            "ErrorOccurrenceTimeSpanTooBig" => ResponseCode::ErrorOccurrenceTimeSpanTooBig,
            "ErrorOperationNotAllowedWithPublicFolderRoot" => {
                ResponseCode::ErrorOperationNotAllowedWithPublicFolderRoot
            }
            "ErrorParentFolderIdRequired" => ResponseCode::ErrorParentFolderIdRequired,
            "ErrorParentFolderNotFound" => ResponseCode::ErrorParentFolderNotFound,
            "ErrorPasswordChangeRequired" => ResponseCode::ErrorPasswordChangeRequired,
            "ErrorPasswordExpired" => ResponseCode::ErrorPasswordExpired,
            "ErrorPhoneNumberNotDialable" => ResponseCode::ErrorPhoneNumberNotDialable,
            "ErrorPropertyUpdate" => ResponseCode::ErrorPropertyUpdate,
            "ErrorPromptPublishingOperationFailed" => ResponseCode::ErrorPromptPublishingOperationFailed,
            "ErrorPropertyValidationFailure" => ResponseCode::ErrorPropertyValidationFailure,
            "ErrorProxiedSubscriptionCallFailure" => ResponseCode::ErrorProxiedSubscriptionCallFailure,
            "ErrorProxyCallFailed" => ResponseCode::ErrorProxyCallFailed,
            "ErrorProxyGroupSidLimitExceeded" => ResponseCode::ErrorProxyGroupSidLimitExceeded,
            "ErrorProxyRequestNotAllowed" => ResponseCode::ErrorProxyRequestNotAllowed,
            "ErrorProxyRequestProcessingFailed" => ResponseCode::ErrorProxyRequestProcessingFailed,
            "ErrorProxyServiceDiscoveryFailed" => ResponseCode::ErrorProxyServiceDiscoveryFailed,
            "ErrorProxyTokenExpired" => ResponseCode::ErrorProxyTokenExpired,
            "ErrorPublicFolderMailboxDiscoveryFailed" => ResponseCode::ErrorPublicFolderMailboxDiscoveryFailed,
            "ErrorPublicFolderOperationFailed" => ResponseCode::ErrorPublicFolderOperationFailed,
            "ErrorPublicFolderRequestProcessingFailed" => ResponseCode::ErrorPublicFolderRequestProcessingFailed,
            "ErrorPublicFolderServerNotFound" => ResponseCode::ErrorPublicFolderServerNotFound,
            "ErrorPublicFolderSyncException" => ResponseCode::ErrorPublicFolderSyncException,
            "ErrorQueryFilterTooLong" => ResponseCode::ErrorQueryFilterTooLong,
            "ErrorQuotaExceeded" => ResponseCode::ErrorQuotaExceeded,
            "ErrorReadEventsFailed" => ResponseCode::ErrorReadEventsFailed,
            "ErrorReadReceiptNotPending" => ResponseCode::ErrorReadReceiptNotPending,
            "ErrorRecurrenceEndDateTooBig" => ResponseCode::ErrorRecurrenceEndDateTooBig,
            "ErrorRecurrenceHasNoOccurrence" => ResponseCode::ErrorRecurrenceHasNoOccurrence,
            "ErrorRemoveDelegatesFailed" => ResponseCode::ErrorRemoveDelegatesFailed,
            "ErrorRequestAborted" => ResponseCode::ErrorRequestAborted,
            "ErrorRequestStreamTooBig" => ResponseCode::ErrorRequestStreamTooBig,
            "ErrorRequiredPropertyMissing" => ResponseCode::ErrorRequiredPropertyMissing,
            "ErrorResolveNamesInvalidFolderType" => ResponseCode::ErrorResolveNamesInvalidFolderType,
            "ErrorResolveNamesOnlyOneContactsFolderAllowed" => {
                ResponseCode::ErrorResolveNamesOnlyOneContactsFolderAllowed
            }
            "ErrorResponseSchemaValidation" => ResponseCode::ErrorResponseSchemaValidation,
            "ErrorRestrictionTooLong" => ResponseCode::ErrorRestrictionTooLong,
            "ErrorRestrictionTooComplex" => ResponseCode::ErrorRestrictionTooComplex,
            "ErrorResultSetTooBig" => ResponseCode::ErrorResultSetTooBig,
            "ErrorInvalidExchangeImpersonationHeaderData" => ResponseCode::ErrorInvalidExchangeImpersonationHeaderData,
            "ErrorSavedItemFolderNotFound" => ResponseCode::ErrorSavedItemFolderNotFound,
            "ErrorSchemaValidation" => ResponseCode::ErrorSchemaValidation,
            "ErrorSearchFolderNotInitialized" => ResponseCode::ErrorSearchFolderNotInitialized,
            "ErrorSendAsDenied" => ResponseCode::ErrorSendAsDenied,
            "ErrorSendMeetingCancellationsRequired" => ResponseCode::ErrorSendMeetingCancellationsRequired,
            "ErrorSendMeetingInvitationsOrCancellationsRequired" => {
                ResponseCode::ErrorSendMeetingInvitationsOrCancellationsRequired
            }
            "ErrorSendMeetingInvitationsRequired" => ResponseCode::ErrorSendMeetingInvitationsRequired,
            "ErrorSentMeetingRequestUpdate" => ResponseCode::ErrorSentMeetingRequestUpdate,
            "ErrorSentTaskRequestUpdate" => ResponseCode::ErrorSentTaskRequestUpdate,
            "ErrorServerBusy" => ResponseCode::ErrorServerBusy,
            "ErrorServiceDiscoveryFailed" => ResponseCode::ErrorServiceDiscoveryFailed,
            "ErrorStaleObject" => ResponseCode::ErrorStaleObject,
            "ErrorSubmissionQuotaExceeded" => ResponseCode::ErrorSubmissionQuotaExceeded,
            "ErrorSubscriptionAccessDenied" => ResponseCode::ErrorSubscriptionAccessDenied,
            "ErrorSubscriptionDelegateAccessNotSupported" => ResponseCode::ErrorSubscriptionDelegateAccessNotSupported,
            "ErrorSubscriptionNotFound" => ResponseCode::ErrorSubscriptionNotFound,
            "ErrorSubscriptionUnsubscribed" => ResponseCode::ErrorSubscriptionUnsubscribed,
            "ErrorSyncFolderNotFound" => ResponseCode::ErrorSyncFolderNotFound,
            "ErrorTeamMailboxNotFound" => ResponseCode::ErrorTeamMailboxNotFound,
            "ErrorTeamMailboxNotLinkedToSharePoint" => ResponseCode::ErrorTeamMailboxNotLinkedToSharePoint,
            "ErrorTeamMailboxUrlValidationFailed" => ResponseCode::ErrorTeamMailboxUrlValidationFailed,
            "ErrorTeamMailboxNotAuthorizedOwner" => ResponseCode::ErrorTeamMailboxNotAuthorizedOwner,
            "ErrorTeamMailboxActiveToPendingDelete" => ResponseCode::ErrorTeamMailboxActiveToPendingDelete,
            "ErrorTeamMailboxFailedSendingNotifications" => ResponseCode::ErrorTeamMailboxFailedSendingNotifications,
            "ErrorTeamMailboxErrorUnknown" => ResponseCode::ErrorTeamMailboxErrorUnknown,
            "ErrorTimeIntervalTooBig" => ResponseCode::ErrorTimeIntervalTooBig,
            "ErrorTimeoutExpired" => ResponseCode::ErrorTimeoutExpired,
            "ErrorTimeZone" => ResponseCode::ErrorTimeZone,
            "ErrorToFolderNotFound" => ResponseCode::ErrorToFolderNotFound,
            "ErrorTokenSerializationDenied" => ResponseCode::ErrorTokenSerializationDenied,
            "ErrorTooManyObjectsOpened" => ResponseCode::ErrorTooManyObjectsOpened,
            "ErrorUpdatePropertyMismatch" => ResponseCode::ErrorUpdatePropertyMismatch,
            "ErrorAccessingPartialCreatedUnifiedGroup" => ResponseCode::ErrorAccessingPartialCreatedUnifiedGroup,
            "ErrorUnifiedGroupMailboxAADCreationFailed" => ResponseCode::ErrorUnifiedGroupMailboxAADCreationFailed,
            "ErrorUnifiedGroupMailboxAADDeleteFailed" => ResponseCode::ErrorUnifiedGroupMailboxAADDeleteFailed,
            "ErrorUnifiedGroupMailboxNamingPolicy" => ResponseCode::ErrorUnifiedGroupMailboxNamingPolicy,
            "ErrorUnifiedGroupMailboxDeleteFailed" => ResponseCode::ErrorUnifiedGroupMailboxDeleteFailed,
            "ErrorUnifiedGroupMailboxNotFound" => ResponseCode::ErrorUnifiedGroupMailboxNotFound,
            "ErrorUnifiedGroupMailboxUpdateDelayed" => ResponseCode::ErrorUnifiedGroupMailboxUpdateDelayed,
            "ErrorUnifiedGroupMailboxUpdatedPartialProperties" => {
                ResponseCode::ErrorUnifiedGroupMailboxUpdatedPartialProperties
            }
            "ErrorUnifiedGroupMailboxUpdateFailed" => ResponseCode::ErrorUnifiedGroupMailboxUpdateFailed,
            "ErrorUnifiedGroupMailboxProvisionFailed" => ResponseCode::ErrorUnifiedGroupMailboxProvisionFailed,
            "ErrorUnifiedMessagingDialPlanNotFound" => ResponseCode::ErrorUnifiedMessagingDialPlanNotFound,
            "ErrorUnifiedMessagingReportDataNotFound" => ResponseCode::ErrorUnifiedMessagingReportDataNotFound,
            "ErrorUnifiedMessagingPromptNotFound" => ResponseCode::ErrorUnifiedMessagingPromptNotFound,
            "ErrorUnifiedMessagingRequestFailed" => ResponseCode::ErrorUnifiedMessagingRequestFailed,
            "ErrorUnifiedMessagingServerNotFound" => ResponseCode::ErrorUnifiedMessagingServerNotFound,
            "ErrorUnableToGetUserOofSettings" => ResponseCode::ErrorUnableToGetUserOofSettings,
            "ErrorUnableToRemoveImContactFromGroup" => ResponseCode::ErrorUnableToRemoveImContactFromGroup,
            "ErrorUnsupportedSubFilter" => ResponseCode::ErrorUnsupportedSubFilter,
            "ErrorUnsupportedCulture" => ResponseCode::ErrorUnsupportedCulture,
            "ErrorUnsupportedMapiPropertyType" => ResponseCode::ErrorUnsupportedMapiPropertyType,
            "ErrorUnsupportedMimeConversion" => ResponseCode::ErrorUnsupportedMimeConversion,
            "ErrorUnsupportedPathForQuery" => ResponseCode::ErrorUnsupportedPathForQuery,
            "ErrorUnsupportedPathForSortGroup" => ResponseCode::ErrorUnsupportedPathForSortGroup,
            "ErrorUnsupportedPropertyDefinition" => ResponseCode::ErrorUnsupportedPropertyDefinition,
            "ErrorUnsupportedQueryFilter" => ResponseCode::ErrorUnsupportedQueryFilter,
            "ErrorUnsupportedRecurrence" => ResponseCode::ErrorUnsupportedRecurrence,
            "ErrorUnsupportedTypeForConversion" => ResponseCode::ErrorUnsupportedTypeForConversion,
            "ErrorUpdateDelegatesFailed" => ResponseCode::ErrorUpdateDelegatesFailed,
            "ErrorUserNotUnifiedMessagingEnabled" => ResponseCode::ErrorUserNotUnifiedMessagingEnabled,
            "ErrorVoiceMailNotImplemented" => ResponseCode::ErrorVoiceMailNotImplemented,
            "ErrorValueOutOfRange" => ResponseCode::ErrorValueOutOfRange,
            "ErrorVirusDetected" => ResponseCode::ErrorVirusDetected,
            "ErrorVirusMessageDeleted" => ResponseCode::ErrorVirusMessageDeleted,
            "ErrorWebRequestInInvalidState" => ResponseCode::ErrorWebRequestInInvalidState,
            "ErrorWin32InteropError" => ResponseCode::ErrorWin32InteropError,
            "ErrorWorkingHoursSaveFailed" => ResponseCode::ErrorWorkingHoursSaveFailed,
            "ErrorWorkingHoursXmlMalformed" => ResponseCode::ErrorWorkingHoursXmlMalformed,
            "ErrorWrongServerVersion" => ResponseCode::ErrorWrongServerVersion,
            "ErrorWrongServerVersionDelegate" => ResponseCode::ErrorWrongServerVersionDelegate,
            "ErrorMissingInformationSharingFolderId" => ResponseCode::ErrorMissingInformationSharingFolderId,
            "ErrorDuplicateSOAPHeader" => ResponseCode::ErrorDuplicateSOAPHeader,
            "ErrorSharingSynchronizationFailed" => ResponseCode::ErrorSharingSynchronizationFailed,
            "ErrorSharingNoExternalEwsAvailable" => ResponseCode::ErrorSharingNoExternalEwsAvailable,
            "ErrorFreeBusyDLLimitReached" => ResponseCode::ErrorFreeBusyDLLimitReached,
            "ErrorInvalidGetSharingFolderRequest" => ResponseCode::ErrorInvalidGetSharingFolderRequest,
            "ErrorNotAllowedExternalSharingByPolicy" => ResponseCode::ErrorNotAllowedExternalSharingByPolicy,
            "ErrorUserNotAllowedByPolicy" => ResponseCode::ErrorUserNotAllowedByPolicy,
            "ErrorPermissionNotAllowedByPolicy" => ResponseCode::ErrorPermissionNotAllowedByPolicy,
            "ErrorOrganizationNotFederated" => ResponseCode::ErrorOrganizationNotFederated,
            "ErrorMailboxFailover" => ResponseCode::ErrorMailboxFailover,
            "ErrorInvalidExternalSharingInitiator" => ResponseCode::ErrorInvalidExternalSharingInitiator,
            "ErrorMessageTrackingPermanentError" => ResponseCode::ErrorMessageTrackingPermanentError,
            "ErrorMessageTrackingTransientError" => ResponseCode::ErrorMessageTrackingTransientError,
            "ErrorMessageTrackingNoSuchDomain" => ResponseCode::ErrorMessageTrackingNoSuchDomain,
            "ErrorUserWithoutFederatedProxyAddress" => ResponseCode::ErrorUserWithoutFederatedProxyAddress,
            "ErrorInvalidOrganizationRelationshipForFreeBusy" => {
                ResponseCode::ErrorInvalidOrganizationRelationshipForFreeBusy
            }
            "ErrorInvalidFederatedOrganizationId" => ResponseCode::ErrorInvalidFederatedOrganizationId,
            "ErrorInvalidExternalSharingSubscriber" => ResponseCode::ErrorInvalidExternalSharingSubscriber,
            "ErrorInvalidSharingData" => ResponseCode::ErrorInvalidSharingData,
            "ErrorInvalidSharingMessage" => ResponseCode::ErrorInvalidSharingMessage,
            "ErrorNotSupportedSharingMessage" => ResponseCode::ErrorNotSupportedSharingMessage,
            "ErrorApplyConversationActionFailed" => ResponseCode::ErrorApplyConversationActionFailed,
            "ErrorInboxRulesValidationError" => ResponseCode::ErrorInboxRulesValidationError,
            "ErrorOutlookRuleBlobExists" => ResponseCode::ErrorOutlookRuleBlobExists,
            "ErrorRulesOverQuota" => ResponseCode::ErrorRulesOverQuota,
            "ErrorNewEventStreamConnectionOpened" => ResponseCode::ErrorNewEventStreamConnectionOpened,
            "ErrorMissedNotificationEvents" => ResponseCode::ErrorMissedNotificationEvents,
            "ErrorDuplicateLegacyDistinguishedName" => ResponseCode::ErrorDuplicateLegacyDistinguishedName,
            "ErrorInvalidClientAccessTokenRequest" => ResponseCode::ErrorInvalidClientAccessTokenRequest,
            "ErrorUnauthorizedClientAccessTokenRequest" => ResponseCode::ErrorUnauthorizedClientAccessTokenRequest,
            "ErrorNoSpeechDetected" => ResponseCode::ErrorNoSpeechDetected,
            "ErrorUMServerUnavailable" => ResponseCode::ErrorUMServerUnavailable,
            "ErrorRecipientNotFound" => ResponseCode::ErrorRecipientNotFound,
            "ErrorRecognizerNotInstalled" => ResponseCode::ErrorRecognizerNotInstalled,
            "ErrorSpeechGrammarError" => ResponseCode::ErrorSpeechGrammarError,
            "ErrorInvalidManagementRoleHeader" => ResponseCode::ErrorInvalidManagementRoleHeader,
            "ErrorLocationServicesDisabled" => ResponseCode::ErrorLocationServicesDisabled,
            "ErrorLocationServicesRequestTimedOut" => ResponseCode::ErrorLocationServicesRequestTimedOut,
            "ErrorLocationServicesRequestFailed" => ResponseCode::ErrorLocationServicesRequestFailed,
            "ErrorLocationServicesInvalidRequest" => ResponseCode::ErrorLocationServicesInvalidRequest,
            "ErrorWeatherServiceDisabled" => ResponseCode::ErrorWeatherServiceDisabled,
            "ErrorMailboxScopeNotAllowedWithoutQueryString" => {
                ResponseCode::ErrorMailboxScopeNotAllowedWithoutQueryString
            }
            "ErrorArchiveMailboxSearchFailed" => ResponseCode::ErrorArchiveMailboxSearchFailed,
            "ErrorGetRemoteArchiveFolderFailed" => ResponseCode::ErrorGetRemoteArchiveFolderFailed,
            "ErrorFindRemoteArchiveFolderFailed" => ResponseCode::ErrorFindRemoteArchiveFolderFailed,
            "ErrorGetRemoteArchiveItemFailed" => ResponseCode::ErrorGetRemoteArchiveItemFailed,
            "ErrorExportRemoteArchiveItemsFailed" => ResponseCode::ErrorExportRemoteArchiveItemsFailed,
            "ErrorInvalidPhotoSize" => ResponseCode::ErrorInvalidPhotoSize,
            "ErrorSearchQueryHasTooManyKeywords" => ResponseCode::ErrorSearchQueryHasTooManyKeywords,
            "ErrorSearchTooManyMailboxes" => ResponseCode::ErrorSearchTooManyMailboxes,
            "ErrorInvalidRetentionTagNone" => ResponseCode::ErrorInvalidRetentionTagNone,
            "ErrorDiscoverySearchesDisabled" => ResponseCode::ErrorDiscoverySearchesDisabled,
            "ErrorCalendarSeekToConditionNotSupported" => ResponseCode::ErrorCalendarSeekToConditionNotSupported,
            "ErrorCalendarIsGroupMailboxForAccept" => ResponseCode::ErrorCalendarIsGroupMailboxForAccept,
            "ErrorCalendarIsGroupMailboxForDecline" => ResponseCode::ErrorCalendarIsGroupMailboxForDecline,
            "ErrorCalendarIsGroupMailboxForTentative" => ResponseCode::ErrorCalendarIsGroupMailboxForTentative,
            "ErrorCalendarIsGroupMailboxForSuppressReadReceipt" => {
                ResponseCode::ErrorCalendarIsGroupMailboxForSuppressReadReceipt
            }
            "ErrorOrganizationAccessBlocked" => ResponseCode::ErrorOrganizationAccessBlocked,
            "ErrorInvalidLicense" => ResponseCode::ErrorInvalidLicense,
            "ErrorMessagePerFolderCountReceiveQuotaExceeded" => {
                ResponseCode::ErrorMessagePerFolderCountReceiveQuotaExceeded
            }
            "ErrorInvalidBulkActionType" => ResponseCode::ErrorInvalidBulkActionType,
            "ErrorInvalidKeepNCount" => ResponseCode::ErrorInvalidKeepNCount,
            "ErrorInvalidKeepNType" => ResponseCode::ErrorInvalidKeepNType,
            "ErrorNoOAuthServerAvailableForRequest" => ResponseCode::ErrorNoOAuthServerAvailableForRequest,
            "ErrorInstantSearchSessionExpired" => ResponseCode::ErrorInstantSearchSessionExpired,
            "ErrorInstantSearchTimeout" => ResponseCode::ErrorInstantSearchTimeout,
            "ErrorInstantSearchFailed" => ResponseCode::ErrorInstantSearchFailed,
            "ErrorUnsupportedUserForExecuteSearch" => ResponseCode::ErrorUnsupportedUserForExecuteSearch,
            "ErrorDuplicateExtendedKeywordDefinition" => ResponseCode::ErrorDuplicateExtendedKeywordDefinition,
            "ErrorMissingExchangePrincipal" => ResponseCode::ErrorMissingExchangePrincipal,
            "ErrorUnexpectedUnifiedGroupsCount" => ResponseCode::ErrorUnexpectedUnifiedGroupsCount,
            "ErrorParsingXMLResponse" => ResponseCode::ErrorParsingXMLResponse,
            "ErrorInvalidFederationOrganizationIdentifier" => {
                ResponseCode::ErrorInvalidFederationOrganizationIdentifier
            }
            "ErrorInvalidSweepRule" => ResponseCode::ErrorInvalidSweepRule,
            "ErrorInvalidSweepRuleOperationType" => ResponseCode::ErrorInvalidSweepRuleOperationType,
            "ErrorTargetDomainNotSupported" => ResponseCode::ErrorTargetDomainNotSupported,
            "ErrorInvalidInternetWebProxyOnLocalServer" => ResponseCode::ErrorInvalidInternetWebProxyOnLocalServer,
            "ErrorNoSenderRestrictionsSettingsFoundInRequest" => {
                ResponseCode::ErrorNoSenderRestrictionsSettingsFoundInRequest
            }
            "ErrorDuplicateSenderRestrictionsInputFound" => ResponseCode::ErrorDuplicateSenderRestrictionsInputFound,
            "ErrorSenderRestrictionsUpdateFailed" => ResponseCode::ErrorSenderRestrictionsUpdateFailed,
            "ErrorMessageSubmissionBlocked" => ResponseCode::ErrorMessageSubmissionBlocked,
            "ErrorExceededMessageLimit" => ResponseCode::ErrorExceededMessageLimit,
            "ErrorExceededMaxRecipientLimitBlock" => ResponseCode::ErrorExceededMaxRecipientLimitBlock,
            "ErrorAccountSuspend" => ResponseCode::ErrorAccountSuspend,
            "ErrorExceededMaxRecipientLimit" => ResponseCode::ErrorExceededMaxRecipientLimit,
            "ErrorMessageBlocked" => ResponseCode::ErrorMessageBlocked,
            "ErrorAccountSuspendShowTierUpgrade" => ResponseCode::ErrorAccountSuspendShowTierUpgrade,
            "ErrorExceededMessageLimitShowTierUpgrade" => ResponseCode::ErrorExceededMessageLimitShowTierUpgrade,
            "ErrorExceededMaxRecipientLimitShowTierUpgrade" => {
                ResponseCode::ErrorExceededMaxRecipientLimitShowTierUpgrade
            }
            "ErrorInvalidLongitude" => ResponseCode::ErrorInvalidLongitude,
            "ErrorInvalidLatitude" => ResponseCode::ErrorInvalidLatitude,
            "ErrorProxySoapException" => ResponseCode::ErrorProxySoapException,
            "ErrorUnifiedGroupAlreadyExists" => ResponseCode::ErrorUnifiedGroupAlreadyExists,
            "ErrorUnifiedGroupAadAuthorizationRequestDenied" => {
                ResponseCode::ErrorUnifiedGroupAadAuthorizationRequestDenied
            }
            "ErrorUnifiedGroupCreationDisabled" => ResponseCode::ErrorUnifiedGroupCreationDisabled,
            "ErrorMarketPlaceExtensionAlreadyInstalledForOrg" => {
                ResponseCode::ErrorMarketPlaceExtensionAlreadyInstalledForOrg
            }
            "ErrorExtensionAlreadyInstalledForOrg" => ResponseCode::ErrorExtensionAlreadyInstalledForOrg,
            "ErrorNewerExtensionAlreadyInstalled" => ResponseCode::ErrorNewerExtensionAlreadyInstalled,
            "ErrorNewerMarketPlaceExtensionAlreadyInstalled" => {
                ResponseCode::ErrorNewerMarketPlaceExtensionAlreadyInstalled
            }
            "ErrorInvalidExtensionId" => ResponseCode::ErrorInvalidExtensionId,
            "ErrorCannotUninstallProvidedExtensions" => ResponseCode::ErrorCannotUninstallProvidedExtensions,
            "ErrorNoRbacPermissionToInstallMarketPlaceExtensions" => {
                ResponseCode::ErrorNoRbacPermissionToInstallMarketPlaceExtensions
            }
            "ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions" => {
                ResponseCode::ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions
            }
            "ErrorInvalidReportMessageActionType" => ResponseCode::ErrorInvalidReportMessageActionType,
            "ErrorCannotDownloadExtensionManifest" => ResponseCode::ErrorCannotDownloadExtensionManifest,
            "ErrorCalendarForwardActionNotAllowed" => ResponseCode::ErrorCalendarForwardActionNotAllowed,
            "ErrorUnifiedGroupAliasNamingPolicy" => ResponseCode::ErrorUnifiedGroupAliasNamingPolicy,
            "ErrorSubscriptionsDisabledForGroup" => ResponseCode::ErrorSubscriptionsDisabledForGroup,
            "ErrorCannotFindFileAttachment" => ResponseCode::ErrorCannotFindFileAttachment,
            "ErrorInvalidValueForFilter" => ResponseCode::ErrorInvalidValueForFilter,
            "ErrorQuotaExceededOnDelete" => ResponseCode::ErrorQuotaExceededOnDelete,
            "ErrorAccessDeniedDueToCompliance" => ResponseCode::ErrorAccessDeniedDueToCompliance,
            "ErrorRecoverableItemsAccessDenied" => ResponseCode::ErrorRecoverableItemsAccessDenied,
            other => ResponseCode::Other(other),
        }
    }

    /// The code's name as the schema spells it.
    pub fn as_str(&self) -> &'a str {
        match self {
            ResponseCode::NoError => "NoError",
            ResponseCode::ErrorAccessDenied => "ErrorAccessDenied",
            ResponseCode::ErrorAccessModeSpecified => "ErrorAccessModeSpecified",
            ResponseCode::ErrorAccountDisabled => "ErrorAccountDisabled",
            ResponseCode::ErrorAddDelegatesFailed => "ErrorAddDelegatesFailed",
            ResponseCode::ErrorAddressSpaceNotFound => "ErrorAddressSpaceNotFound",
            ResponseCode::ErrorADOperation => "ErrorADOperation",
            ResponseCode::ErrorADSessionFilter => "ErrorADSessionFilter",
            ResponseCode::ErrorADUnavailable => "ErrorADUnavailable",
            ResponseCode::ErrorServiceUnavailable => "ErrorServiceUnavailable",
            ResponseCode::ErrorAutoDiscoverFailed => "ErrorAutoDiscoverFailed",
            ResponseCode::ErrorAffectedTaskOccurrencesRequired => "ErrorAffectedTaskOccurrencesRequired",
            ResponseCode::ErrorAttachmentNestLevelLimitExceeded => "ErrorAttachmentNestLevelLimitExceeded",
            ResponseCode::ErrorAttachmentSizeLimitExceeded => "ErrorAttachmentSizeLimitExceeded",
            ResponseCode::ErrorArchiveFolderPathCreation => "ErrorArchiveFolderPathCreation",
            ResponseCode::ErrorArchiveMailboxNotEnabled => "ErrorArchiveMailboxNotEnabled",
            ResponseCode::ErrorArchiveMailboxServiceDiscoveryFailed => "ErrorArchiveMailboxServiceDiscoveryFailed",
            ResponseCode::ErrorAvailabilityConfigNotFound => "ErrorAvailabilityConfigNotFound",
            ResponseCode::ErrorBatchProcessingStopped => "ErrorBatchProcessingStopped",
            ResponseCode::ErrorCalendarCannotMoveOrCopyOccurrence => "ErrorCalendarCannotMoveOrCopyOccurrence",
            ResponseCode::ErrorCalendarCannotUpdateDeletedItem => "ErrorCalendarCannotUpdateDeletedItem",
            ResponseCode::ErrorCalendarCannotUseIdForOccurrenceId => "ErrorCalendarCannotUseIdForOccurrenceId",
            ResponseCode::ErrorCalendarCannotUseIdForRecurringMasterId => {
                "ErrorCalendarCannotUseIdForRecurringMasterId"
            }
            ResponseCode::ErrorCalendarDurationIsTooLong => "ErrorCalendarDurationIsTooLong",
            ResponseCode::ErrorCalendarEndDateIsEarlierThanStartDate => "ErrorCalendarEndDateIsEarlierThanStartDate",
            ResponseCode::ErrorCalendarFolderIsInvalidForCalendarView => "ErrorCalendarFolderIsInvalidForCalendarView",
            ResponseCode::ErrorCalendarInvalidAttributeValue => "ErrorCalendarInvalidAttributeValue",
            ResponseCode::ErrorCalendarInvalidDayForTimeChangePattern => "ErrorCalendarInvalidDayForTimeChangePattern",
            ResponseCode::ErrorCalendarInvalidDayForWeeklyRecurrence => "ErrorCalendarInvalidDayForWeeklyRecurrence",
            ResponseCode::ErrorCalendarInvalidPropertyState => "ErrorCalendarInvalidPropertyState",
            ResponseCode::ErrorCalendarInvalidPropertyValue => "ErrorCalendarInvalidPropertyValue",
            ResponseCode::ErrorCalendarInvalidRecurrence => "ErrorCalendarInvalidRecurrence",
            ResponseCode::ErrorCalendarInvalidTimeZone => "ErrorCalendarInvalidTimeZone",
            ResponseCode::ErrorCalendarIsCancelledForAccept => "ErrorCalendarIsCancelledForAccept",
            ResponseCode::ErrorCalendarIsCancelledForDecline => "ErrorCalendarIsCancelledForDecline",
            ResponseCode::ErrorCalendarIsCancelledForRemove => "ErrorCalendarIsCancelledForRemove",
            ResponseCode::ErrorCalendarIsCancelledForTentative => "ErrorCalendarIsCancelledForTentative",
            ResponseCode::ErrorCalendarIsDelegatedForAccept => "ErrorCalendarIsDelegatedForAccept",
            ResponseCode::ErrorCalendarIsDelegatedForDecline => "ErrorCalendarIsDelegatedForDecline",
            ResponseCode::ErrorCalendarIsDelegatedForRemove => "ErrorCalendarIsDelegatedForRemove",
            ResponseCode::ErrorCalendarIsDelegatedForTentative => "ErrorCalendarIsDelegatedForTentative",
            ResponseCode::ErrorCalendarIsNotOrganizer => "ErrorCalendarIsNotOrganizer",
            ResponseCode::ErrorCalendarIsOrganizerForAccept => "ErrorCalendarIsOrganizerForAccept",
            ResponseCode::ErrorCalendarIsOrganizerForDecline => "ErrorCalendarIsOrganizerForDecline",
            ResponseCode::ErrorCalendarIsOrganizerForRemove => "ErrorCalendarIsOrganizerForRemove",
            ResponseCode::ErrorCalendarIsOrganizerForTentative => "ErrorCalendarIsOrganizerForTentative",
            ResponseCode::ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange => {
                "ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange"
            }
            ResponseCode::ErrorCalendarOccurrenceIsDeletedFromRecurrence => {
                "ErrorCalendarOccurrenceIsDeletedFromRecurrence"
            }
            ResponseCode::ErrorCalendarOutOfRange => "ErrorCalendarOutOfRange",
            ResponseCode::ErrorCalendarMeetingRequestIsOutOfDate => "ErrorCalendarMeetingRequestIsOutOfDate",
            ResponseCode::ErrorCalendarViewRangeTooBig => "ErrorCalendarViewRangeTooBig",
            ResponseCode::ErrorCallerIsInvalidADAccount => "ErrorCallerIsInvalidADAccount",
            ResponseCode::ErrorCannotAccessDeletedPublicFolder => "ErrorCannotAccessDeletedPublicFolder",
            ResponseCode::ErrorCannotArchiveCalendarContactTaskFolderException => {
                "ErrorCannotArchiveCalendarContactTaskFolderException"
            }
            ResponseCode::ErrorCannotArchiveItemsInPublicFolders => "ErrorCannotArchiveItemsInPublicFolders",
            ResponseCode::ErrorCannotArchiveItemsInArchiveMailbox => "ErrorCannotArchiveItemsInArchiveMailbox",
            ResponseCode::ErrorCannotCreateCalendarItemInNonCalendarFolder => {
                "ErrorCannotCreateCalendarItemInNonCalendarFolder"
            }
            ResponseCode::ErrorCannotCreateContactInNonContactFolder => "ErrorCannotCreateContactInNonContactFolder",
            ResponseCode::ErrorCannotCreatePostItemInNonMailFolder => "ErrorCannotCreatePostItemInNonMailFolder",
            ResponseCode::ErrorCannotCreateTaskInNonTaskFolder => "ErrorCannotCreateTaskInNonTaskFolder",
            ResponseCode::ErrorCannotDeleteObject => "ErrorCannotDeleteObject",
            ResponseCode::ErrorCannotDisableMandatoryExtension => "ErrorCannotDisableMandatoryExtension",
            ResponseCode::ErrorCannotFindUser => "ErrorCannotFindUser",
            ResponseCode::ErrorCannotGetSourceFolderPath => "ErrorCannotGetSourceFolderPath",
            ResponseCode::ErrorCannotGetExternalEcpUrl => "ErrorCannotGetExternalEcpUrl",
            ResponseCode::ErrorCannotOpenFileAttachment => "ErrorCannotOpenFileAttachment",
            ResponseCode::ErrorCannotDeleteTaskOccurrence => "ErrorCannotDeleteTaskOccurrence",
            ResponseCode::ErrorCannotEmptyFolder => "ErrorCannotEmptyFolder",
            ResponseCode::ErrorCannotSetCalendarPermissionOnNonCalendarFolder => {
                "ErrorCannotSetCalendarPermissionOnNonCalendarFolder"
            }
            ResponseCode::ErrorCannotSetNonCalendarPermissionOnCalendarFolder => {
                "ErrorCannotSetNonCalendarPermissionOnCalendarFolder"
            }
            ResponseCode::ErrorCannotSetPermissionUnknownEntries => "ErrorCannotSetPermissionUnknownEntries",
            ResponseCode::ErrorCannotSpecifySearchFolderAsSourceFolder => {
                "ErrorCannotSpecifySearchFolderAsSourceFolder"
            }
            ResponseCode::ErrorCannotUseFolderIdForItemId => "ErrorCannotUseFolderIdForItemId",
            ResponseCode::ErrorCannotUseItemIdForFolderId => "ErrorCannotUseItemIdForFolderId",
            ResponseCode::ErrorChangeKeyRequired => "ErrorChangeKeyRequired",
            ResponseCode::ErrorChangeKeyRequiredForWriteOperations => "ErrorChangeKeyRequiredForWriteOperations",
            ResponseCode::ErrorClientDisconnected => "ErrorClientDisconnected",
            ResponseCode::ErrorClientIntentInvalidStateDefinition => "ErrorClientIntentInvalidStateDefinition",
            ResponseCode::ErrorClientIntentNotFound => "ErrorClientIntentNotFound",
            ResponseCode::ErrorConnectionFailed => "ErrorConnectionFailed",
            ResponseCode::ErrorContainsFilterWrongType => "ErrorContainsFilterWrongType",
            ResponseCode::ErrorContentConversionFailed => "ErrorContentConversionFailed",
            ResponseCode::ErrorContentIndexingNotEnabled => "ErrorContentIndexingNotEnabled",
            ResponseCode::ErrorCorruptData => "ErrorCorruptData",
            ResponseCode::ErrorCreateItemAccessDenied => "ErrorCreateItemAccessDenied",
            ResponseCode::ErrorCreateManagedFolderPartialCompletion => "ErrorCreateManagedFolderPartialCompletion",
            ResponseCode::ErrorCreateSubfolderAccessDenied => "ErrorCreateSubfolderAccessDenied",
            ResponseCode::ErrorCrossMailboxMoveCopy => "ErrorCrossMailboxMoveCopy",
            ResponseCode::ErrorCrossSiteRequest => "ErrorCrossSiteRequest",
            ResponseCode::ErrorDataSizeLimitExceeded => "ErrorDataSizeLimitExceeded",
            ResponseCode::ErrorDataSourceOperation => "ErrorDataSourceOperation",
            ResponseCode::ErrorDelegateAlreadyExists => "ErrorDelegateAlreadyExists",
            ResponseCode::ErrorDelegateCannotAddOwner => "ErrorDelegateCannotAddOwner",
            ResponseCode::ErrorDelegateMissingConfiguration => "ErrorDelegateMissingConfiguration",
            ResponseCode::ErrorDelegateNoUser => "ErrorDelegateNoUser",
            ResponseCode::ErrorDelegateValidationFailed => "ErrorDelegateValidationFailed",
            ResponseCode::ErrorDeleteDistinguishedFolder => "ErrorDeleteDistinguishedFolder",
            ResponseCode::ErrorDeleteItemsFailed => "ErrorDeleteItemsFailed",
            ResponseCode::ErrorDeleteUnifiedMessagingPromptFailed => "ErrorDeleteUnifiedMessagingPromptFailed",
            ResponseCode::ErrorDistinguishedUserNotSupported => "ErrorDistinguishedUserNotSupported",
            ResponseCode::ErrorDistributionListMemberNotExist => "ErrorDistributionListMemberNotExist",
            ResponseCode::ErrorDuplicateInputFolderNames => "ErrorDuplicateInputFolderNames",
            ResponseCode::ErrorDuplicateUserIdsSpecified => "ErrorDuplicateUserIdsSpecified",
            ResponseCode::ErrorDuplicateTransactionId => "ErrorDuplicateTransactionId",
            ResponseCode::ErrorEmailAddressMismatch => "ErrorEmailAddressMismatch",
            ResponseCode::ErrorEventNotFound => "ErrorEventNotFound",
            ResponseCode::ErrorExceededConnectionCount => "ErrorExceededConnectionCount",
            ResponseCode::ErrorExceededSubscriptionCount => "ErrorExceededSubscriptionCount",
            ResponseCode::ErrorExceededFindCountLimit => "ErrorExceededFindCountLimit",
            ResponseCode::ErrorExpiredSubscription => "ErrorExpiredSubscription",
            ResponseCode::ErrorExtensionNotFound => "ErrorExtensionNotFound",
            ResponseCode::ErrorExtensionsNotAuthorized => "ErrorExtensionsNotAuthorized",
            ResponseCode::ErrorFolderCorrupt => "ErrorFolderCorrupt",
            ResponseCode::ErrorFolderNotFound => "ErrorFolderNotFound",
            ResponseCode::ErrorFolderPropertRequestFailed => "ErrorFolderPropertRequestFailed",
            ResponseCode::ErrorFolderSave => "ErrorFolderSave",
            ResponseCode::ErrorFolderSaveFailed => "ErrorFolderSaveFailed",
            ResponseCode::ErrorFolderSavePropertyError => "ErrorFolderSavePropertyError",
            ResponseCode::ErrorFolderExists => "ErrorFolderExists",
            ResponseCode::ErrorFreeBusyGenerationFailed => "ErrorFreeBusyGenerationFailed",
            ResponseCode::ErrorGetServerSecurityDescriptorFailed => "ErrorGetServerSecurityDescriptorFailed",
            ResponseCode::ErrorImContactLimitReached => "ErrorImContactLimitReached",
            ResponseCode::ErrorImGroupDisplayNameAlreadyExists => "ErrorImGroupDisplayNameAlreadyExists",
            ResponseCode::ErrorImGroupLimitReached => "ErrorImGroupLimitReached",
            ResponseCode::ErrorImpersonateUserDenied => "ErrorImpersonateUserDenied",
            ResponseCode::ErrorImpersonationDenied => "ErrorImpersonationDenied",
            ResponseCode::ErrorImpersonationFailed => "ErrorImpersonationFailed",
            ResponseCode::ErrorIncorrectSchemaVersion => "ErrorIncorrectSchemaVersion",
            ResponseCode::ErrorIncorrectUpdatePropertyCount => "ErrorIncorrectUpdatePropertyCount",
            ResponseCode::ErrorIndividualMailboxLimitReached => "ErrorIndividualMailboxLimitReached",
            ResponseCode::ErrorInsufficientResources => "ErrorInsufficientResources",
            ResponseCode::ErrorInternalServerError => "ErrorInternalServerError",
            ResponseCode::ErrorInternalServerTransientError => "ErrorInternalServerTransientError",
            ResponseCode::ErrorInvalidAccessLevel => "ErrorInvalidAccessLevel",
            ResponseCode::ErrorInvalidArgument => "ErrorInvalidArgument",
            ResponseCode::ErrorInvalidAttachmentId => "ErrorInvalidAttachmentId",
            ResponseCode::ErrorInvalidAttachmentSubfilter => "ErrorInvalidAttachmentSubfilter",
            ResponseCode::ErrorInvalidAttachmentSubfilterTextFilter => "ErrorInvalidAttachmentSubfilterTextFilter",
            ResponseCode::ErrorInvalidAuthorizationContext => "ErrorInvalidAuthorizationContext",
            ResponseCode::ErrorInvalidChangeKey => "ErrorInvalidChangeKey",
            ResponseCode::ErrorInvalidClientSecurityContext => "ErrorInvalidClientSecurityContext",
            ResponseCode::ErrorInvalidCompleteDate => "ErrorInvalidCompleteDate",
            ResponseCode::ErrorInvalidContactEmailAddress => "ErrorInvalidContactEmailAddress",
            ResponseCode::ErrorInvalidContactEmailIndex => "ErrorInvalidContactEmailIndex",
            ResponseCode::ErrorInvalidCrossForestCredentials => "ErrorInvalidCrossForestCredentials",
            ResponseCode::ErrorInvalidDelegatePermission => "ErrorInvalidDelegatePermission",
            ResponseCode::ErrorInvalidDelegateUserId => "ErrorInvalidDelegateUserId",
            ResponseCode::ErrorInvalidExcludesRestriction => "ErrorInvalidExcludesRestriction",
            ResponseCode::ErrorInvalidExpressionTypeForSubFilter => "ErrorInvalidExpressionTypeForSubFilter",
            ResponseCode::ErrorInvalidExtendedProperty => "ErrorInvalidExtendedProperty",
            ResponseCode::ErrorInvalidExtendedPropertyValue => "ErrorInvalidExtendedPropertyValue",
            ResponseCode::ErrorInvalidFolderId => "ErrorInvalidFolderId",
            ResponseCode::ErrorInvalidFolderTypeForOperation => "ErrorInvalidFolderTypeForOperation",
            ResponseCode::ErrorInvalidFractionalPagingParameters => "ErrorInvalidFractionalPagingParameters",
            ResponseCode::ErrorInvalidFreeBusyViewType => "ErrorInvalidFreeBusyViewType",
            ResponseCode::ErrorInvalidId => "ErrorInvalidId",
            ResponseCode::ErrorInvalidIdEmpty => "ErrorInvalidIdEmpty",
            ResponseCode::ErrorInvalidIdMalformed => "ErrorInvalidIdMalformed",
            ResponseCode::ErrorInvalidIdMalformedEwsLegacyIdFormat => "ErrorInvalidIdMalformedEwsLegacyIdFormat",
            ResponseCode::ErrorInvalidIdMonikerTooLong => "ErrorInvalidIdMonikerTooLong",
            ResponseCode::ErrorInvalidIdNotAnItemAttachmentId => "ErrorInvalidIdNotAnItemAttachmentId",
            ResponseCode::ErrorInvalidIdReturnedByResolveNames => "ErrorInvalidIdReturnedByResolveNames",
            ResponseCode::ErrorInvalidIdStoreObjectIdTooLong => "ErrorInvalidIdStoreObjectIdTooLong",
            ResponseCode::ErrorInvalidIdTooManyAttachmentLevels => "ErrorInvalidIdTooManyAttachmentLevels",
            ResponseCode::ErrorInvalidIdXml => "ErrorInvalidIdXml",
            ResponseCode::ErrorInvalidImContactId => "ErrorInvalidImContactId",
            ResponseCode::ErrorInvalidImDistributionGroupSmtpAddress => "ErrorInvalidImDistributionGroupSmtpAddress",
            ResponseCode::ErrorInvalidImGroupId => "ErrorInvalidImGroupId",
            ResponseCode::ErrorInvalidIndexedPagingParameters => "ErrorInvalidIndexedPagingParameters",
            ResponseCode::ErrorInvalidInternetHeaderChildNodes => "ErrorInvalidInternetHeaderChildNodes",
            ResponseCode::ErrorInvalidItemForOperationArchiveItem => "ErrorInvalidItemForOperationArchiveItem",
            ResponseCode::ErrorInvalidItemForOperationCreateItemAttachment => {
                "ErrorInvalidItemForOperationCreateItemAttachment"
            }
            ResponseCode::ErrorInvalidItemForOperationCreateItem => "ErrorInvalidItemForOperationCreateItem",
            ResponseCode::ErrorInvalidItemForOperationAcceptItem => "ErrorInvalidItemForOperationAcceptItem",
            ResponseCode::ErrorInvalidItemForOperationDeclineItem => "ErrorInvalidItemForOperationDeclineItem",
            ResponseCode::ErrorInvalidItemForOperationCancelItem => "ErrorInvalidItemForOperationCancelItem",
            ResponseCode::ErrorInvalidItemForOperationExpandDL => "ErrorInvalidItemForOperationExpandDL",
            ResponseCode::ErrorInvalidItemForOperationRemoveItem => "ErrorInvalidItemForOperationRemoveItem",
            ResponseCode::ErrorInvalidItemForOperationSendItem => "ErrorInvalidItemForOperationSendItem",
            ResponseCode::ErrorInvalidItemForOperationTentative => "ErrorInvalidItemForOperationTentative",
            ResponseCode::ErrorInvalidLogonType => "ErrorInvalidLogonType",
            ResponseCode::ErrorInvalidLikeRequest => "ErrorInvalidLikeRequest",
            ResponseCode::ErrorInvalidMailbox => "ErrorInvalidMailbox",
            ResponseCode::ErrorInvalidManagedFolderProperty => "ErrorInvalidManagedFolderProperty",
            ResponseCode::ErrorInvalidManagedFolderQuota => "ErrorInvalidManagedFolderQuota",
            ResponseCode::ErrorInvalidManagedFolderSize => "ErrorInvalidManagedFolderSize",
            ResponseCode::ErrorInvalidMergedFreeBusyInterval => "ErrorInvalidMergedFreeBusyInterval",
            ResponseCode::ErrorInvalidNameForNameResolution => "ErrorInvalidNameForNameResolution",
            ResponseCode::ErrorInvalidOperation => "ErrorInvalidOperation",
            ResponseCode::ErrorInvalidNetworkServiceContext => "ErrorInvalidNetworkServiceContext",
            ResponseCode::ErrorInvalidOofParameter => "ErrorInvalidOofParameter",
            ResponseCode::ErrorInvalidPagingMaxRows => "ErrorInvalidPagingMaxRows",
            ResponseCode::ErrorInvalidParentFolder => "ErrorInvalidParentFolder",
            ResponseCode::ErrorInvalidPercentCompleteValue => "ErrorInvalidPercentCompleteValue",
            ResponseCode::ErrorInvalidPermissionSettings => "ErrorInvalidPermissionSettings",
            ResponseCode::ErrorInvalidPhoneCallId => "ErrorInvalidPhoneCallId",
            ResponseCode::ErrorInvalidPhoneNumber => "ErrorInvalidPhoneNumber",
            ResponseCode::ErrorInvalidUserInfo => "ErrorInvalidUserInfo",
            ResponseCode::ErrorInvalidPropertyAppend => "ErrorInvalidPropertyAppend",
            ResponseCode::ErrorInvalidPropertyDelete => "ErrorInvalidPropertyDelete",
            ResponseCode::ErrorInvalidPropertyForExists => "ErrorInvalidPropertyForExists",
            ResponseCode::ErrorInvalidPropertyForOperation => "ErrorInvalidPropertyForOperation",
            ResponseCode::ErrorInvalidPropertyRequest => "ErrorInvalidPropertyRequest",
            ResponseCode::ErrorInvalidPropertySet => "ErrorInvalidPropertySet",
            ResponseCode::ErrorInvalidPropertyUpdateSentMessage => "ErrorInvalidPropertyUpdateSentMessage",
            ResponseCode::ErrorInvalidProxySecurityContext => "ErrorInvalidProxySecurityContext",
            ResponseCode::ErrorInvalidPullSubscriptionId => "ErrorInvalidPullSubscriptionId",
            ResponseCode::ErrorInvalidPushSubscriptionUrl => "ErrorInvalidPushSubscriptionUrl",
            ResponseCode::ErrorInvalidRecipients => "ErrorInvalidRecipients",
            ResponseCode::ErrorInvalidRecipientSubfilter => "ErrorInvalidRecipientSubfilter",
            ResponseCode::ErrorInvalidRecipientSubfilterComparison => "ErrorInvalidRecipientSubfilterComparison",
            ResponseCode::ErrorInvalidRecipientSubfilterOrder => "ErrorInvalidRecipientSubfilterOrder",
            ResponseCode::ErrorInvalidRecipientSubfilterTextFilter => "ErrorInvalidRecipientSubfilterTextFilter",
            ResponseCode::ErrorInvalidReferenceItem => "ErrorInvalidReferenceItem",
            ResponseCode::ErrorInvalidRequest => "ErrorInvalidRequest",
            ResponseCode::ErrorInvalidRestriction => "ErrorInvalidRestriction",
            ResponseCode::ErrorInvalidRetentionTagTypeMismatch => "ErrorInvalidRetentionTagTypeMismatch",
            ResponseCode::ErrorInvalidRetentionTagInvisible => "ErrorInvalidRetentionTagInvisible",
            ResponseCode::ErrorInvalidRetentionTagInheritance => "ErrorInvalidRetentionTagInheritance",
            ResponseCode::ErrorInvalidRetentionTagIdGuid => "ErrorInvalidRetentionTagIdGuid",
            ResponseCode::ErrorInvalidRoutingType => "ErrorInvalidRoutingType",
            ResponseCode::ErrorInvalidScheduledOofDuration => "ErrorInvalidScheduledOofDuration",
            ResponseCode::ErrorInvalidSchemaVersionForMailboxVersion => "ErrorInvalidSchemaVersionForMailboxVersion",
            ResponseCode::ErrorInvalidSecurityDescriptor => "ErrorInvalidSecurityDescriptor",
            ResponseCode::ErrorInvalidSendItemSaveSettings => "ErrorInvalidSendItemSaveSettings",
            ResponseCode::ErrorInvalidSerializedAccessToken => "ErrorInvalidSerializedAccessToken",
            ResponseCode::ErrorInvalidServerVersion => "ErrorInvalidServerVersion",
            ResponseCode::ErrorInvalidSid => "ErrorInvalidSid",
            ResponseCode::ErrorInvalidSIPUri => "ErrorInvalidSIPUri",
            ResponseCode::ErrorInvalidSmtpAddress => "ErrorInvalidSmtpAddress",
            ResponseCode::ErrorInvalidSubfilterType => "ErrorInvalidSubfilterType",
            ResponseCode::ErrorInvalidSubfilterTypeNotAttendeeType => "ErrorInvalidSubfilterTypeNotAttendeeType",
            ResponseCode::ErrorInvalidSubfilterTypeNotRecipientType => "ErrorInvalidSubfilterTypeNotRecipientType",
            ResponseCode::ErrorInvalidSubscription => "ErrorInvalidSubscription",
            ResponseCode::ErrorInvalidSubscriptionRequest => "ErrorInvalidSubscriptionRequest",
            ResponseCode::ErrorInvalidSyncStateData => "ErrorInvalidSyncStateData",
            ResponseCode::ErrorInvalidTimeInterval => "ErrorInvalidTimeInterval",
            ResponseCode::ErrorInvalidUserOofSettings => "ErrorInvalidUserOofSettings",
            ResponseCode::ErrorInvalidUserPrincipalName => "ErrorInvalidUserPrincipalName",
            ResponseCode::ErrorInvalidUserSid => "ErrorInvalidUserSid",
            ResponseCode::ErrorInvalidUserSidMissingUPN => "ErrorInvalidUserSidMissingUPN",
            ResponseCode::ErrorInvalidValueForProperty => "ErrorInvalidValueForProperty",
            ResponseCode::ErrorInvalidWatermark => "ErrorInvalidWatermark",
            ResponseCode::ErrorIPGatewayNotFound => "ErrorIPGatewayNotFound",
            ResponseCode::ErrorIrresolvableConflict => "ErrorIrresolvableConflict",
            ResponseCode::ErrorItemCorrupt => "ErrorItemCorrupt",
            ResponseCode::ErrorItemNotFound => "ErrorItemNotFound",
            ResponseCode::ErrorItemPropertyRequestFailed => "ErrorItemPropertyRequestFailed",
            ResponseCode::ErrorItemSave => "ErrorItemSave",
            ResponseCode::ErrorItemSavePropertyError => "ErrorItemSavePropertyError",
            ResponseCode::ErrorLegacyMailboxFreeBusyViewTypeNotMerged => "ErrorLegacyMailboxFreeBusyViewTypeNotMerged",
            ResponseCode::ErrorLocalServerObjectNotFound => "ErrorLocalServerObjectNotFound",
            ResponseCode::ErrorLogonAsNetworkServiceFailed => "ErrorLogonAsNetworkServiceFailed",
            ResponseCode::ErrorMailboxConfiguration => "ErrorMailboxConfiguration",
            ResponseCode::ErrorMailboxDataArrayEmpty => "ErrorMailboxDataArrayEmpty",
            ResponseCode::ErrorMailboxDataArrayTooBig => "ErrorMailboxDataArrayTooBig",
            ResponseCode::ErrorMailboxHoldNotFound => "ErrorMailboxHoldNotFound",
            ResponseCode::ErrorMailboxLogonFailed => "ErrorMailboxLogonFailed",
            ResponseCode::ErrorMailboxMoveInProgress => "ErrorMailboxMoveInProgress",
            ResponseCode::ErrorMailboxStoreUnavailable => "ErrorMailboxStoreUnavailable",
            ResponseCode::ErrorMailRecipientNotFound => "ErrorMailRecipientNotFound",
            ResponseCode::ErrorMailTipsDisabled => "ErrorMailTipsDisabled",
            ResponseCode::ErrorManagedFolderAlreadyExists => "ErrorManagedFolderAlreadyExists",
            ResponseCode::ErrorManagedFolderNotFound => "ErrorManagedFolderNotFound",
            ResponseCode::ErrorManagedFoldersRootFailure => "ErrorManagedFoldersRootFailure",
            ResponseCode::ErrorMeetingSuggestionGenerationFailed => "ErrorMeetingSuggestionGenerationFailed",
            ResponseCode::ErrorMessageDispositionRequired => "ErrorMessageDispositionRequired",
            ResponseCode::ErrorMessageSizeExceeded => "ErrorMessageSizeExceeded",
            ResponseCode::ErrorMimeContentConversionFailed => "ErrorMimeContentConversionFailed",
            ResponseCode::ErrorMimeContentInvalid => "ErrorMimeContentInvalid",
            ResponseCode::ErrorMimeContentInvalidBase64String => "ErrorMimeContentInvalidBase64String",
            ResponseCode::ErrorMissingArgument => "ErrorMissingArgument",
            ResponseCode::ErrorMissingEmailAddress => "ErrorMissingEmailAddress",
            ResponseCode::ErrorMissingEmailAddressForManagedFolder => "ErrorMissingEmailAddressForManagedFolder",
            ResponseCode::ErrorMissingInformationEmailAddress => "ErrorMissingInformationEmailAddress",
            ResponseCode::ErrorMissingInformationReferenceItemId => "ErrorMissingInformationReferenceItemId",
            ResponseCode::ErrorMissingItemForCreateItemAttachment => "ErrorMissingItemForCreateItemAttachment",
            ResponseCode::ErrorMissingManagedFolderId => "ErrorMissingManagedFolderId",
            ResponseCode::ErrorMissingRecipients => "ErrorMissingRecipients",
            ResponseCode::ErrorMissingUserIdInformation => "ErrorMissingUserIdInformation",
            ResponseCode::ErrorMoreThanOneAccessModeSpecified => "ErrorMoreThanOneAccessModeSpecified",
            ResponseCode::ErrorMoveCopyFailed => "ErrorMoveCopyFailed",
            ResponseCode::ErrorMoveDistinguishedFolder => "ErrorMoveDistinguishedFolder",
            ResponseCode::ErrorMoveUnifiedGroupPropertyFailed => "ErrorMoveUnifiedGroupPropertyFailed",
            ResponseCode::ErrorMultiLegacyMailboxAccess => "ErrorMultiLegacyMailboxAccess",
            ResponseCode::ErrorNameResolutionMultipleResults => "ErrorNameResolutionMultipleResults",
            ResponseCode::ErrorNameResolutionNoMailbox => "ErrorNameResolutionNoMailbox",
            ResponseCode::ErrorNameResolutionNoResults => "ErrorNameResolutionNoResults",
            ResponseCode::ErrorNoApplicableProxyCASServersAvailable => "ErrorNoApplicableProxyCASServersAvailable",
            ResponseCode::ErrorNoCalendar => "ErrorNoCalendar",
            ResponseCode::ErrorNoDestinationCASDueToKerberosRequirements => {
                "ErrorNoDestinationCASDueToKerberosRequirements"
            }
            ResponseCode::ErrorNoDestinationCASDueToSSLRequirements => "ErrorNoDestinationCASDueToSSLRequirements",
            ResponseCode::ErrorNoDestinationCASDueToVersionMismatch => "ErrorNoDestinationCASDueToVersionMismatch",
            ResponseCode::ErrorNoFolderClassOverride => "ErrorNoFolderClassOverride",
            ResponseCode::ErrorNoFreeBusyAccess => "ErrorNoFreeBusyAccess",
            ResponseCode::ErrorNonExistentMailbox => "ErrorNonExistentMailbox",
            ResponseCode::ErrorNonPrimarySmtpAddress => "ErrorNonPrimarySmtpAddress",
            ResponseCode::ErrorNoPropertyTagForCustomProperties => "ErrorNoPropertyTagForCustomProperties",
            ResponseCode::ErrorNoPublicFolderReplicaAvailable => "ErrorNoPublicFolderReplicaAvailable",
            ResponseCode::ErrorNoPublicFolderServerAvailable => "ErrorNoPublicFolderServerAvailable",
            ResponseCode::ErrorNoRespondingCASInDestinationSite => "ErrorNoRespondingCASInDestinationSite",
            ResponseCode::ErrorNotDelegate => "ErrorNotDelegate",
            ResponseCode::ErrorNotEnoughMemory => "ErrorNotEnoughMemory",
            ResponseCode::ErrorObjectTypeChanged => "ErrorObjectTypeChanged",
            ResponseCode::ErrorOccurrenceCrossingBoundary => "ErrorOccurrenceCrossingBoundary",
            ResponseCode::ErrorOccurrenceTimeSpanTooBig => "ErrorOccurrenceTimeSpanTooBig",
            ResponseCode::ErrorOperationNotAllowedWithPublicFolderRoot => {
                "ErrorOperationNotAllowedWithPublicFolderRoot"
            }
            ResponseCode::ErrorParentFolderIdRequired => "ErrorParentFolderIdRequired",
            ResponseCode::ErrorParentFolderNotFound => "ErrorParentFolderNotFound",
            ResponseCode::ErrorPasswordChangeRequired => "ErrorPasswordChangeRequired",
            ResponseCode::ErrorPasswordExpired => "ErrorPasswordExpired",
            ResponseCode::ErrorPhoneNumberNotDialable => "ErrorPhoneNumberNotDialable",
            ResponseCode::ErrorPropertyUpdate => "ErrorPropertyUpdate",
            ResponseCode::ErrorPromptPublishingOperationFailed => "ErrorPromptPublishingOperationFailed",
            ResponseCode::ErrorPropertyValidationFailure => "ErrorPropertyValidationFailure",
            ResponseCode::ErrorProxiedSubscriptionCallFailure => "ErrorProxiedSubscriptionCallFailure",
            ResponseCode::ErrorProxyCallFailed => "ErrorProxyCallFailed",
            ResponseCode::ErrorProxyGroupSidLimitExceeded => "ErrorProxyGroupSidLimitExceeded",
            ResponseCode::ErrorProxyRequestNotAllowed => "ErrorProxyRequestNotAllowed",
            ResponseCode::ErrorProxyRequestProcessingFailed => "ErrorProxyRequestProcessingFailed",
            ResponseCode::ErrorProxyServiceDiscoveryFailed => "ErrorProxyServiceDiscoveryFailed",
            ResponseCode::ErrorProxyTokenExpired => "ErrorProxyTokenExpired",
            ResponseCode::ErrorPublicFolderMailboxDiscoveryFailed => "ErrorPublicFolderMailboxDiscoveryFailed",
            ResponseCode::ErrorPublicFolderOperationFailed => "ErrorPublicFolderOperationFailed",
            ResponseCode::ErrorPublicFolderRequestProcessingFailed => "ErrorPublicFolderRequestProcessingFailed",
            ResponseCode::ErrorPublicFolderServerNotFound => "ErrorPublicFolderServerNotFound",
            ResponseCode::ErrorPublicFolderSyncException => "ErrorPublicFolderSyncException",
            ResponseCode::ErrorQueryFilterTooLong => "ErrorQueryFilterTooLong",
            ResponseCode::ErrorQuotaExceeded => "ErrorQuotaExceeded",
            ResponseCode::ErrorReadEventsFailed => "ErrorReadEventsFailed",
            ResponseCode::ErrorReadReceiptNotPending => "ErrorReadReceiptNotPending",
            ResponseCode::ErrorRecurrenceEndDateTooBig => "ErrorRecurrenceEndDateTooBig",
            ResponseCode::ErrorRecurrenceHasNoOccurrence => "ErrorRecurrenceHasNoOccurrence",
            ResponseCode::ErrorRemoveDelegatesFailed => "ErrorRemoveDelegatesFailed",
            ResponseCode::ErrorRequestAborted => "ErrorRequestAborted",
            ResponseCode::ErrorRequestStreamTooBig => "ErrorRequestStreamTooBig",
            ResponseCode::ErrorRequiredPropertyMissing => "ErrorRequiredPropertyMissing",
            ResponseCode::ErrorResolveNamesInvalidFolderType => "ErrorResolveNamesInvalidFolderType",
            ResponseCode::ErrorResolveNamesOnlyOneContactsFolderAllowed => {
                "ErrorResolveNamesOnlyOneContactsFolderAllowed"
            }
            ResponseCode::ErrorResponseSchemaValidation => "ErrorResponseSchemaValidation",
            ResponseCode::ErrorRestrictionTooLong => "ErrorRestrictionTooLong",
            ResponseCode::ErrorRestrictionTooComplex => "ErrorRestrictionTooComplex",
            ResponseCode::ErrorResultSetTooBig => "ErrorResultSetTooBig",
            ResponseCode::ErrorInvalidExchangeImpersonationHeaderData => "ErrorInvalidExchangeImpersonationHeaderData",
            ResponseCode::ErrorSavedItemFolderNotFound => "ErrorSavedItemFolderNotFound",
            ResponseCode::ErrorSchemaValidation => "ErrorSchemaValidation",
            ResponseCode::ErrorSearchFolderNotInitialized => "ErrorSearchFolderNotInitialized",
            ResponseCode::ErrorSendAsDenied => "ErrorSendAsDenied",
            ResponseCode::ErrorSendMeetingCancellationsRequired => "ErrorSendMeetingCancellationsRequired",
            ResponseCode::ErrorSendMeetingInvitationsOrCancellationsRequired => {
                "ErrorSendMeetingInvitationsOrCancellationsRequired"
            }
            ResponseCode::ErrorSendMeetingInvitationsRequired => "ErrorSendMeetingInvitationsRequired",
            ResponseCode::ErrorSentMeetingRequestUpdate => "ErrorSentMeetingRequestUpdate",
            ResponseCode::ErrorSentTaskRequestUpdate => "ErrorSentTaskRequestUpdate",
            ResponseCode::ErrorServerBusy => "ErrorServerBusy",
            ResponseCode::ErrorServiceDiscoveryFailed => "ErrorServiceDiscoveryFailed",
            ResponseCode::ErrorStaleObject => "ErrorStaleObject",
            ResponseCode::ErrorSubmissionQuotaExceeded => "ErrorSubmissionQuotaExceeded",
            ResponseCode::ErrorSubscriptionAccessDenied => "ErrorSubscriptionAccessDenied",
            ResponseCode::ErrorSubscriptionDelegateAccessNotSupported => "ErrorSubscriptionDelegateAccessNotSupported",
            ResponseCode::ErrorSubscriptionNotFound => "ErrorSubscriptionNotFound",
            ResponseCode::ErrorSubscriptionUnsubscribed => "ErrorSubscriptionUnsubscribed",
            ResponseCode::ErrorSyncFolderNotFound => "ErrorSyncFolderNotFound",
            ResponseCode::ErrorTeamMailboxNotFound => "ErrorTeamMailboxNotFound",
            ResponseCode::ErrorTeamMailboxNotLinkedToSharePoint => "ErrorTeamMailboxNotLinkedToSharePoint",
            ResponseCode::ErrorTeamMailboxUrlValidationFailed => "ErrorTeamMailboxUrlValidationFailed",
            ResponseCode::ErrorTeamMailboxNotAuthorizedOwner => "ErrorTeamMailboxNotAuthorizedOwner",
            ResponseCode::ErrorTeamMailboxActiveToPendingDelete => "ErrorTeamMailboxActiveToPendingDelete",
            ResponseCode::ErrorTeamMailboxFailedSendingNotifications => "ErrorTeamMailboxFailedSendingNotifications",
            ResponseCode::ErrorTeamMailboxErrorUnknown => "ErrorTeamMailboxErrorUnknown",
            ResponseCode::ErrorTimeIntervalTooBig => "ErrorTimeIntervalTooBig",
            ResponseCode::ErrorTimeoutExpired => "ErrorTimeoutExpired",
            ResponseCode::ErrorTimeZone => "ErrorTimeZone",
            ResponseCode::ErrorToFolderNotFound => "ErrorToFolderNotFound",
            ResponseCode::ErrorTokenSerializationDenied => "ErrorTokenSerializationDenied",
            ResponseCode::ErrorTooManyObjectsOpened => "ErrorTooManyObjectsOpened",
            ResponseCode::ErrorUpdatePropertyMismatch => "ErrorUpdatePropertyMismatch",
            ResponseCode::ErrorAccessingPartialCreatedUnifiedGroup => "ErrorAccessingPartialCreatedUnifiedGroup",
            ResponseCode::ErrorUnifiedGroupMailboxAADCreationFailed => "ErrorUnifiedGroupMailboxAADCreationFailed",
            ResponseCode::ErrorUnifiedGroupMailboxAADDeleteFailed => "ErrorUnifiedGroupMailboxAADDeleteFailed",
            ResponseCode::ErrorUnifiedGroupMailboxNamingPolicy => "ErrorUnifiedGroupMailboxNamingPolicy",
            ResponseCode::ErrorUnifiedGroupMailboxDeleteFailed => "ErrorUnifiedGroupMailboxDeleteFailed",
            ResponseCode::ErrorUnifiedGroupMailboxNotFound => "ErrorUnifiedGroupMailboxNotFound",
            ResponseCode::ErrorUnifiedGroupMailboxUpdateDelayed => "ErrorUnifiedGroupMailboxUpdateDelayed",
            ResponseCode::ErrorUnifiedGroupMailboxUpdatedPartialProperties => {
                "ErrorUnifiedGroupMailboxUpdatedPartialProperties"
            }
            ResponseCode::ErrorUnifiedGroupMailboxUpdateFailed => "ErrorUnifiedGroupMailboxUpdateFailed",
            ResponseCode::ErrorUnifiedGroupMailboxProvisionFailed => "ErrorUnifiedGroupMailboxProvisionFailed",
            ResponseCode::ErrorUnifiedMessagingDialPlanNotFound => "ErrorUnifiedMessagingDialPlanNotFound",
            ResponseCode::ErrorUnifiedMessagingReportDataNotFound => "ErrorUnifiedMessagingReportDataNotFound",
            ResponseCode::ErrorUnifiedMessagingPromptNotFound => "ErrorUnifiedMessagingPromptNotFound",
            ResponseCode::ErrorUnifiedMessagingRequestFailed => "ErrorUnifiedMessagingRequestFailed",
            ResponseCode::ErrorUnifiedMessagingServerNotFound => "ErrorUnifiedMessagingServerNotFound",
            ResponseCode::ErrorUnableToGetUserOofSettings => "ErrorUnableToGetUserOofSettings",
            ResponseCode::ErrorUnableToRemoveImContactFromGroup => "ErrorUnableToRemoveImContactFromGroup",
            ResponseCode::ErrorUnsupportedSubFilter => "ErrorUnsupportedSubFilter",
            ResponseCode::ErrorUnsupportedCulture => "ErrorUnsupportedCulture",
            ResponseCode::ErrorUnsupportedMapiPropertyType => "ErrorUnsupportedMapiPropertyType",
            ResponseCode::ErrorUnsupportedMimeConversion => "ErrorUnsupportedMimeConversion",
            ResponseCode::ErrorUnsupportedPathForQuery => "ErrorUnsupportedPathForQuery",
            ResponseCode::ErrorUnsupportedPathForSortGroup => "ErrorUnsupportedPathForSortGroup",
            ResponseCode::ErrorUnsupportedPropertyDefinition => "ErrorUnsupportedPropertyDefinition",
            ResponseCode::ErrorUnsupportedQueryFilter => "ErrorUnsupportedQueryFilter",
            ResponseCode::ErrorUnsupportedRecurrence => "ErrorUnsupportedRecurrence",
            ResponseCode::ErrorUnsupportedTypeForConversion => "ErrorUnsupportedTypeForConversion",
            ResponseCode::ErrorUpdateDelegatesFailed => "ErrorUpdateDelegatesFailed",
            ResponseCode::ErrorUserNotUnifiedMessagingEnabled => "ErrorUserNotUnifiedMessagingEnabled",
            ResponseCode::ErrorVoiceMailNotImplemented => "ErrorVoiceMailNotImplemented",
            ResponseCode::ErrorValueOutOfRange => "ErrorValueOutOfRange",
            ResponseCode::ErrorVirusDetected => "ErrorVirusDetected",
            ResponseCode::ErrorVirusMessageDeleted => "ErrorVirusMessageDeleted",
            ResponseCode::ErrorWebRequestInInvalidState => "ErrorWebRequestInInvalidState",
            ResponseCode::ErrorWin32InteropError => "ErrorWin32InteropError",
            ResponseCode::ErrorWorkingHoursSaveFailed => "ErrorWorkingHoursSaveFailed",
            ResponseCode::ErrorWorkingHoursXmlMalformed => "ErrorWorkingHoursXmlMalformed",
            ResponseCode::ErrorWrongServerVersion => "ErrorWrongServerVersion",
            ResponseCode::ErrorWrongServerVersionDelegate => "ErrorWrongServerVersionDelegate",
            ResponseCode::ErrorMissingInformationSharingFolderId => "ErrorMissingInformationSharingFolderId",
            ResponseCode::ErrorDuplicateSOAPHeader => "ErrorDuplicateSOAPHeader",
            ResponseCode::ErrorSharingSynchronizationFailed => "ErrorSharingSynchronizationFailed",
            ResponseCode::ErrorSharingNoExternalEwsAvailable => "ErrorSharingNoExternalEwsAvailable",
            ResponseCode::ErrorFreeBusyDLLimitReached => "ErrorFreeBusyDLLimitReached",
            ResponseCode::ErrorInvalidGetSharingFolderRequest => "ErrorInvalidGetSharingFolderRequest",
            ResponseCode::ErrorNotAllowedExternalSharingByPolicy => "ErrorNotAllowedExternalSharingByPolicy",
            ResponseCode::ErrorUserNotAllowedByPolicy => "ErrorUserNotAllowedByPolicy",
            ResponseCode::ErrorPermissionNotAllowedByPolicy => "ErrorPermissionNotAllowedByPolicy",
            ResponseCode::ErrorOrganizationNotFederated => "ErrorOrganizationNotFederated",
            ResponseCode::ErrorMailboxFailover => "ErrorMailboxFailover",
            ResponseCode::ErrorInvalidExternalSharingInitiator => "ErrorInvalidExternalSharingInitiator",
            ResponseCode::ErrorMessageTrackingPermanentError => "ErrorMessageTrackingPermanentError",
            ResponseCode::ErrorMessageTrackingTransientError => "ErrorMessageTrackingTransientError",
            ResponseCode::ErrorMessageTrackingNoSuchDomain => "ErrorMessageTrackingNoSuchDomain",
            ResponseCode::ErrorUserWithoutFederatedProxyAddress => "ErrorUserWithoutFederatedProxyAddress",
            ResponseCode::ErrorInvalidOrganizationRelationshipForFreeBusy => {
                "ErrorInvalidOrganizationRelationshipForFreeBusy"
            }
            ResponseCode::ErrorInvalidFederatedOrganizationId => "ErrorInvalidFederatedOrganizationId",
            ResponseCode::ErrorInvalidExternalSharingSubscriber => "ErrorInvalidExternalSharingSubscriber",
            ResponseCode::ErrorInvalidSharingData => "ErrorInvalidSharingData",
            ResponseCode::ErrorInvalidSharingMessage => "ErrorInvalidSharingMessage",
            ResponseCode::ErrorNotSupportedSharingMessage => "ErrorNotSupportedSharingMessage",
            ResponseCode::ErrorApplyConversationActionFailed => "ErrorApplyConversationActionFailed",
            ResponseCode::ErrorInboxRulesValidationError => "ErrorInboxRulesValidationError",
            ResponseCode::ErrorOutlookRuleBlobExists => "ErrorOutlookRuleBlobExists",
            ResponseCode::ErrorRulesOverQuota => "ErrorRulesOverQuota",
            ResponseCode::ErrorNewEventStreamConnectionOpened => "ErrorNewEventStreamConnectionOpened",
            ResponseCode::ErrorMissedNotificationEvents => "ErrorMissedNotificationEvents",
            ResponseCode::ErrorDuplicateLegacyDistinguishedName => "ErrorDuplicateLegacyDistinguishedName",
            ResponseCode::ErrorInvalidClientAccessTokenRequest => "ErrorInvalidClientAccessTokenRequest",
            ResponseCode::ErrorUnauthorizedClientAccessTokenRequest => "ErrorUnauthorizedClientAccessTokenRequest",
            ResponseCode::ErrorNoSpeechDetected => "ErrorNoSpeechDetected",
            ResponseCode::ErrorUMServerUnavailable => "ErrorUMServerUnavailable",
            ResponseCode::ErrorRecipientNotFound => "ErrorRecipientNotFound",
            ResponseCode::ErrorRecognizerNotInstalled => "ErrorRecognizerNotInstalled",
            ResponseCode::ErrorSpeechGrammarError => "ErrorSpeechGrammarError",
            ResponseCode::ErrorInvalidManagementRoleHeader => "ErrorInvalidManagementRoleHeader",
            ResponseCode::ErrorLocationServicesDisabled => "ErrorLocationServicesDisabled",
            ResponseCode::ErrorLocationServicesRequestTimedOut => "ErrorLocationServicesRequestTimedOut",
            ResponseCode::ErrorLocationServicesRequestFailed => "ErrorLocationServicesRequestFailed",
            ResponseCode::ErrorLocationServicesInvalidRequest => "ErrorLocationServicesInvalidRequest",
            ResponseCode::ErrorWeatherServiceDisabled => "ErrorWeatherServiceDisabled",
            ResponseCode::ErrorMailboxScopeNotAllowedWithoutQueryString => {
                "ErrorMailboxScopeNotAllowedWithoutQueryString"
            }
            ResponseCode::ErrorArchiveMailboxSearchFailed => "ErrorArchiveMailboxSearchFailed",
            ResponseCode::ErrorGetRemoteArchiveFolderFailed => "ErrorGetRemoteArchiveFolderFailed",
            ResponseCode::ErrorFindRemoteArchiveFolderFailed => "ErrorFindRemoteArchiveFolderFailed",
            ResponseCode::ErrorGetRemoteArchiveItemFailed => "ErrorGetRemoteArchiveItemFailed",
            ResponseCode::ErrorExportRemoteArchiveItemsFailed => "ErrorExportRemoteArchiveItemsFailed",
            ResponseCode::ErrorInvalidPhotoSize => "ErrorInvalidPhotoSize",
            ResponseCode::ErrorSearchQueryHasTooManyKeywords => "ErrorSearchQueryHasTooManyKeywords",
            ResponseCode::ErrorSearchTooManyMailboxes => "ErrorSearchTooManyMailboxes",
            ResponseCode::ErrorInvalidRetentionTagNone => "ErrorInvalidRetentionTagNone",
            ResponseCode::ErrorDiscoverySearchesDisabled => "ErrorDiscoverySearchesDisabled",
            ResponseCode::ErrorCalendarSeekToConditionNotSupported => "ErrorCalendarSeekToConditionNotSupported",
            ResponseCode::ErrorCalendarIsGroupMailboxForAccept => "ErrorCalendarIsGroupMailboxForAccept",
            ResponseCode::ErrorCalendarIsGroupMailboxForDecline => "ErrorCalendarIsGroupMailboxForDecline",
            ResponseCode::ErrorCalendarIsGroupMailboxForTentative => "ErrorCalendarIsGroupMailboxForTentative",
            ResponseCode::ErrorCalendarIsGroupMailboxForSuppressReadReceipt => {
                "ErrorCalendarIsGroupMailboxForSuppressReadReceipt"
            }
            ResponseCode::ErrorOrganizationAccessBlocked => "ErrorOrganizationAccessBlocked",
            ResponseCode::ErrorInvalidLicense => "ErrorInvalidLicense",
            ResponseCode::ErrorMessagePerFolderCountReceiveQuotaExceeded => {
                "ErrorMessagePerFolderCountReceiveQuotaExceeded"
            }
            ResponseCode::ErrorInvalidBulkActionType => "ErrorInvalidBulkActionType",
            ResponseCode::ErrorInvalidKeepNCount => "ErrorInvalidKeepNCount",
            ResponseCode::ErrorInvalidKeepNType => "ErrorInvalidKeepNType",
            ResponseCode::ErrorNoOAuthServerAvailableForRequest => "ErrorNoOAuthServerAvailableForRequest",
            ResponseCode::ErrorInstantSearchSessionExpired => "ErrorInstantSearchSessionExpired",
            ResponseCode::ErrorInstantSearchTimeout => "ErrorInstantSearchTimeout",
            ResponseCode::ErrorInstantSearchFailed => "ErrorInstantSearchFailed",
            ResponseCode::ErrorUnsupportedUserForExecuteSearch => "ErrorUnsupportedUserForExecuteSearch",
            ResponseCode::ErrorDuplicateExtendedKeywordDefinition => "ErrorDuplicateExtendedKeywordDefinition",
            ResponseCode::ErrorMissingExchangePrincipal => "ErrorMissingExchangePrincipal",
            ResponseCode::ErrorUnexpectedUnifiedGroupsCount => "ErrorUnexpectedUnifiedGroupsCount",
            ResponseCode::ErrorParsingXMLResponse => "ErrorParsingXMLResponse",
            ResponseCode::ErrorInvalidFederationOrganizationIdentifier => {
                "ErrorInvalidFederationOrganizationIdentifier"
            }
            ResponseCode::ErrorInvalidSweepRule => "ErrorInvalidSweepRule",
            ResponseCode::ErrorInvalidSweepRuleOperationType => "ErrorInvalidSweepRuleOperationType",
            ResponseCode::ErrorTargetDomainNotSupported => "ErrorTargetDomainNotSupported",
            ResponseCode::ErrorInvalidInternetWebProxyOnLocalServer => "ErrorInvalidInternetWebProxyOnLocalServer",
            ResponseCode::ErrorNoSenderRestrictionsSettingsFoundInRequest => {
                "ErrorNoSenderRestrictionsSettingsFoundInRequest"
            }
            ResponseCode::ErrorDuplicateSenderRestrictionsInputFound => "ErrorDuplicateSenderRestrictionsInputFound",
            ResponseCode::ErrorSenderRestrictionsUpdateFailed => "ErrorSenderRestrictionsUpdateFailed",
            ResponseCode::ErrorMessageSubmissionBlocked => "ErrorMessageSubmissionBlocked",
            ResponseCode::ErrorExceededMessageLimit => "ErrorExceededMessageLimit",
            ResponseCode::ErrorExceededMaxRecipientLimitBlock => "ErrorExceededMaxRecipientLimitBlock",
            ResponseCode::ErrorAccountSuspend => "ErrorAccountSuspend",
            ResponseCode::ErrorExceededMaxRecipientLimit => "ErrorExceededMaxRecipientLimit",
            ResponseCode::ErrorMessageBlocked => "ErrorMessageBlocked",
            ResponseCode::ErrorAccountSuspendShowTierUpgrade => "ErrorAccountSuspendShowTierUpgrade",
            ResponseCode::ErrorExceededMessageLimitShowTierUpgrade => "ErrorExceededMessageLimitShowTierUpgrade",
            ResponseCode::ErrorExceededMaxRecipientLimitShowTierUpgrade => {
                "ErrorExceededMaxRecipientLimitShowTierUpgrade"
            }
            ResponseCode::ErrorInvalidLongitude => "ErrorInvalidLongitude",
            ResponseCode::ErrorInvalidLatitude => "ErrorInvalidLatitude",
            ResponseCode::ErrorProxySoapException => "ErrorProxySoapException",
            ResponseCode::ErrorUnifiedGroupAlreadyExists => "ErrorUnifiedGroupAlreadyExists",
            ResponseCode::ErrorUnifiedGroupAadAuthorizationRequestDenied => {
                "ErrorUnifiedGroupAadAuthorizationRequestDenied"
            }
            ResponseCode::ErrorUnifiedGroupCreationDisabled => "ErrorUnifiedGroupCreationDisabled",
            ResponseCode::ErrorMarketPlaceExtensionAlreadyInstalledForOrg => {
                "ErrorMarketPlaceExtensionAlreadyInstalledForOrg"
            }
            ResponseCode::ErrorExtensionAlreadyInstalledForOrg => "ErrorExtensionAlreadyInstalledForOrg",
            ResponseCode::ErrorNewerExtensionAlreadyInstalled => "ErrorNewerExtensionAlreadyInstalled",
            ResponseCode::ErrorNewerMarketPlaceExtensionAlreadyInstalled => {
                "ErrorNewerMarketPlaceExtensionAlreadyInstalled"
            }
            ResponseCode::ErrorInvalidExtensionId => "ErrorInvalidExtensionId",
            ResponseCode::ErrorCannotUninstallProvidedExtensions => "ErrorCannotUninstallProvidedExtensions",
            ResponseCode::ErrorNoRbacPermissionToInstallMarketPlaceExtensions => {
                "ErrorNoRbacPermissionToInstallMarketPlaceExtensions"
            }
            ResponseCode::ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions => {
                "ErrorNoRbacPermissionToInstallReadWriteMailboxExtensions"
            }
            ResponseCode::ErrorInvalidReportMessageActionType => "ErrorInvalidReportMessageActionType",
            ResponseCode::ErrorCannotDownloadExtensionManifest => "ErrorCannotDownloadExtensionManifest",
            ResponseCode::ErrorCalendarForwardActionNotAllowed => "ErrorCalendarForwardActionNotAllowed",
            ResponseCode::ErrorUnifiedGroupAliasNamingPolicy => "ErrorUnifiedGroupAliasNamingPolicy",
            ResponseCode::ErrorSubscriptionsDisabledForGroup => "ErrorSubscriptionsDisabledForGroup",
            ResponseCode::ErrorCannotFindFileAttachment => "ErrorCannotFindFileAttachment",
            ResponseCode::ErrorInvalidValueForFilter => "ErrorInvalidValueForFilter",
            ResponseCode::ErrorQuotaExceededOnDelete => "ErrorQuotaExceededOnDelete",
            ResponseCode::ErrorAccessDeniedDueToCompliance => "ErrorAccessDeniedDueToCompliance",
            ResponseCode::ErrorRecoverableItemsAccessDenied => "ErrorRecoverableItemsAccessDenied",
            ResponseCode::Other(s) => s,
        }
    }

    /// Whether the code is one of the schema's 529 values.
    pub fn is_known(&self) -> bool {
        !matches!(self, ResponseCode::Other(_))
    }
}

impl std::fmt::Display for ResponseCode<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
